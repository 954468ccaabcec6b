package io.dealeraccess.staff;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.IdentityCheck;
import io.dealeraccess.notification.MailService;
import io.dealeraccess.notification.PendingEmails;
import io.dealeraccess.request.RequestHistory;
import io.dealeraccess.request.RequestQueries;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Staff pages of our own (Camunda users): a request's whole timeline, the help-desk identity check, the emails waiting
 * to be sent.
 */
@Controller
class StaffPagesController {

  /** Where a staff member refused a page lands (403, the staff header with what they may open). */
  static final String FORBIDDEN = "/staff/forbidden";

  private final IdentityCheck identityCheck;
  private final RequestQueries requests;
  private final RequestHistory history;
  private final MailService mail;
  private final PendingEmails pendingEmails;
  private final ZoneId zone;

  StaffPagesController(IdentityCheck identityCheck, RequestQueries requests, RequestHistory history, MailService mail,
      PendingEmails pendingEmails, DealerAccessProperties properties) {
    this.identityCheck = identityCheck;
    this.requests = requests;
    this.history = history;
    this.mail = mail;
    this.pendingEmails = pendingEmails;
    this.zone = properties.sla().zone();
  }

  /**
   * Account emails recorded but not sent yet (SMTP down, refused): how many, and the oldest 200. Request emails that
   * keep failing are incidents in Cockpit.
   */
  @GetMapping("/staff/emails")
  String pendingEmails(Model model) {
    model.addAttribute("count", pendingEmails.count());
    model.addAttribute("pending", pendingEmails.oldest(200));
    return "staff/emails";
  }

  /** The whole timeline of one request: every event and every email, for any staff member. */
  @GetMapping("/staff/requests")
  String request(@RequestParam(required = false) String reference, Model model) {
    model.addAttribute("reference", reference);
    if (reference != null && !reference.isBlank()) {
      requests.findByReference(reference.strip().toUpperCase(java.util.Locale.ROOT)).ifPresentOrElse(found -> {
        model.addAttribute("found", found);
        model.addAttribute("timeline", TimelineRows.of(history.timeline(found.id()),
            mail.subjectsSentFor(found.id()), zone));
        model.addAttribute("emails", mail.sentFor(found.id()));
      }, () -> model.addAttribute("notFound", true));
    }
    return "staff/request";
  }

  @RequestMapping(FORBIDDEN)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden(HttpServletRequest request, Model model) {
    // a form sent with an expired or missing CSRF token is refused the same way: say what happened
    model.addAttribute("expiredForm", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
    return "staff/forbidden";
  }

  @GetMapping("/staff/login")
  String login() {
    return "staff/login";
  }

  @GetMapping({"/staff", "/staff/"})
  String home() {
    return "staff/home";
  }

  @GetMapping("/staff/identity-check")
  String identityCheck(@RequestParam(required = false) String userId, Model model) {
    if (userId != null && !userId.isBlank()) {
      model.addAttribute("userId", userId.strip());
      model.addAttribute("question", identityCheck.questionFor(userId).orElse(null));
      model.addAttribute("looked", true);
    }
    return "staff/identity-check";
  }

  @PostMapping("/staff/identity-check")
  String check(@RequestParam(required = false) String userId, @RequestParam(required = false) String answer,
      Principal staff, Model model) {
    if (userId == null || userId.isBlank() || answer == null || answer.isBlank()) {
      return identityCheck(userId, model);
    }
    model.addAttribute("result", identityCheck.check(userId, answer, staff.getName()).name());
    return identityCheck(userId, model);
  }
}
