package io.dealeraccess.staff;

import io.dealeraccess.account.IdentityCheck;
import io.dealeraccess.notification.MailService;
import io.dealeraccess.notification.PendingEmails;
import io.dealeraccess.request.RequestHistory;
import io.dealeraccess.request.RequestQueries;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages of our own (Camunda users): a request's whole timeline, the help-desk identity check, the emails waiting
 * to be sent.
 */
@Controller
class StaffPagesController {

  private final IdentityCheck identityCheck;
  private final RequestQueries requests;
  private final RequestHistory history;
  private final MailService mail;
  private final PendingEmails pendingEmails;

  StaffPagesController(IdentityCheck identityCheck, RequestQueries requests, RequestHistory history, MailService mail,
      PendingEmails pendingEmails) {
    this.identityCheck = identityCheck;
    this.requests = requests;
    this.history = history;
    this.mail = mail;
    this.pendingEmails = pendingEmails;
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

  /** Where the staff pages link to Tasklist and Cockpit (the path named once, {@link CamundaWebapps}). */
  record Webapps(String tasklist, String cockpit) {}

  @ModelAttribute("webapps")
  Webapps webapps() {
    return new Webapps(CamundaWebapps.TASKLIST, CamundaWebapps.COCKPIT);
  }

  /** The whole timeline of one request: every event and every email, for any staff member. */
  @GetMapping("/staff/requests")
  String request(@RequestParam(required = false) String reference, Model model) {
    model.addAttribute("reference", reference);
    if (reference != null && !reference.isBlank()) {
      requests.findByReference(reference.strip().toUpperCase(java.util.Locale.ROOT)).ifPresentOrElse(found -> {
        model.addAttribute("found", found);
        model.addAttribute("timeline", history.timeline(found.id()));
        model.addAttribute("emails", mail.sentFor(found.id()));
      }, () -> model.addAttribute("notFound", true));
    }
    return "staff/request";
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
