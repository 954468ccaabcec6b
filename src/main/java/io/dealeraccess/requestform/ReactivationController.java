package io.dealeraccess.requestform;

import static io.dealeraccess.requestform.RequestForms.FORM;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.ReactivationAnswer;
import io.dealeraccess.account.ReactivationAnswers;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.request.ReactivationSubmission;
import io.dealeraccess.request.RequestType;
import io.dealeraccess.request.SubmissionRules;
import io.dealeraccess.web.Confirmations;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reactivate a user ID: the ID and its owner, then one of its security questions. */
@Controller
@RequestMapping("/requests/reactivate")
class ReactivationController {

  static final String PENDING_REACTIVATION = ReactivationController.class.getName() + ".reactivation";
  static final String PENDING_QUESTION = ReactivationController.class.getName() + ".question";
  /** Wrong answers so far when the form's details are not the owner's: counted here only, never on the ID. */
  static final String PENDING_DECOY_ATTEMPTS = ReactivationController.class.getName() + ".decoyAttempts";
  private static final DateTimeFormatter BLOCKED_UNTIL =
      DateTimeFormatter.ofPattern("MMMM d 'at' h:mm a z", Locale.US);

  private final RequestForms forms;
  private final SubmissionRules rules;
  private final AccountService accounts;
  private final ReactivationAnswers answers;
  private final ZoneId zone;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ReactivationController(RequestForms forms, SubmissionRules rules, AccountService accounts,
      ReactivationAnswers answers, DealerAccessProperties properties, Clock clock) {
    this.forms = forms;
    this.rules = rules;
    this.accounts = accounts;
    this.answers = answers;
    this.zone = properties.sla().zone();
    this.clock = clock;
  }

  @GetMapping("/details")
  String reactivateForm(@RequestParam(required = false) String pdn, Model model, HttpSession session) {
    return forms.withDealership("reactivate", pdn, model, dealership ->
        show(RequestForms.startForm(new ReactivationForm(), pdn), dealership, model, session));
  }

  @PostMapping("/details")
  String checkReactivation(@Valid @ModelAttribute(FORM) ReactivationForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    return forms.withDealership("reactivate", form.getPdn(), model, dealership -> {
      if (newCode != null) {
        return show(RequestForms.withoutErrors(form, model), dealership, model, session);
      }
      // the captcha first: only a visitor who passed it learns anything about the ID
      forms.verifyCaptcha(session, form.getCaptcha(), errors);
      // and only its owner (the email on file): anyone else gets a question that belongs to no ID, whose
      // answers block nothing, whether or not the ID exists
      boolean owner = !errors.hasErrors() && forms.owner(form).isPresent();
      if (owner && !errors.hasFieldErrors("userId")) {
        reactivationProblem(form).ifPresent(problem -> errors.rejectValue("userId", "userId.state", problem));
      }
      if (errors.hasErrors()) {
        return show(form, dealership, model, session);
      }
      List<SecurityQuestion> questions = owner ? answers.securityQuestions(form.getUserId())
          : List.of(SecurityQuestion.values());
      form.forgetSecrets();
      session.setAttribute(PENDING_REACTIVATION, form);
      session.setAttribute(PENDING_QUESTION, questions.get(random.nextInt(questions.size())));
      session.setAttribute(PENDING_DECOY_ATTEMPTS, owner ? null : 0);
      return "redirect:/requests/reactivate/question";
    });
  }

  @GetMapping("/question")
  String question(Model model, HttpSession session) {
    if (session.getAttribute(PENDING_REACTIVATION) == null) {
      return "redirect:/requests/reactivate";
    }
    model.addAttribute(FORM, new AnswerForm());
    return showQuestion(model, session);
  }

  @PostMapping("/question")
  String answer(@Valid @ModelAttribute(FORM) AnswerForm answer, BindingResult errors, Model model,
      HttpSession session) {
    ReactivationForm pending = (ReactivationForm) session.getAttribute(PENDING_REACTIVATION);
    SecurityQuestion question = (SecurityQuestion) session.getAttribute(PENDING_QUESTION);
    if (pending == null || question == null) {
      return "redirect:/requests/reactivate";
    }
    if (errors.hasErrors()) {
      return showQuestion(model, session);
    }
    Integer decoyAttempts = (Integer) session.getAttribute(PENDING_DECOY_ATTEMPTS);
    ReactivationAnswer checked = decoyAttempts == null
        ? answers.checkReactivationAnswer(pending.getUserId(), question, answer.getAnswer())
        : decoyAnswer(session, decoyAttempts);
    switch (checked.outcome()) {
      case CORRECT -> {
        session.removeAttribute(PENDING_REACTIVATION);
        session.removeAttribute(PENDING_QUESTION);
        return Confirmations.submitOnce(forms.requests(), session, pending, () -> forms.requests()
            .submitReactivation(new ReactivationSubmission(pending.getPdn(), pending.getUserId(),
                pending.applicant(null))));
      }
      case WRONG -> errors.rejectValue("answer", "answer.wrong", "That answer does not match our records. "
          + checked.attemptsLeft() + (checked.attemptsLeft() == 1 ? " attempt" : " attempts") + " left.");
      case BLOCKED -> {
        errors.rejectValue("answer", "answer.blocked", blockedMessage(checked.blockedUntil()));
        // the page still names the request it was about; then the request is forgotten
        String page = showQuestion(model, session);
        session.removeAttribute(PENDING_REACTIVATION);
        session.removeAttribute(PENDING_DECOY_ATTEMPTS);
        return page;
      }
    }
    return showQuestion(model, session);
  }

  /** An answer to a question that belongs to no ID: counted in this session only. */
  private ReactivationAnswer decoyAnswer(HttpSession session, int wrongBefore) {
    session.setAttribute(PENDING_DECOY_ATTEMPTS, wrongBefore + 1);
    return ReactivationAnswer.matchingNoId(wrongBefore + 1, clock.instant());
  }

  /** Why this ID cannot be reactivated now, if it cannot. */
  private Optional<String> reactivationProblem(ReactivationForm form) {
    Optional<AccountView> account = accounts.findAtDealership(form.getUserId(), form.getPdn());
    if (account.isEmpty()) {
      return Optional.of("We could not find this user ID at this dealership. Check the user ID and the PDN.");
    }
    if (account.get().status() == DealerUserStatus.ACTIVE) {
      return Optional.of("This user ID is active: there is nothing to reactivate. Just log in.");
    }
    if (account.get().status() == DealerUserStatus.DEACTIVATED) {
      return Optional.of("This user ID has been deactivated and cannot be reactivated. Submit a new user ID "
          + "request instead.");
    }
    Optional<Instant> blocked = answers.reactivationBlockedUntil(form.getUserId());
    if (blocked.isPresent()) {
      return Optional.of(blockedMessage(blocked.get()));
    }
    if (rules.hasOpenRequest(form.getUserId(), RequestType.REACTIVATE_USER_ID)) {
      return Optional.of(SubmissionRules.alreadyOpen(RequestType.REACTIVATE_USER_ID));
    }
    return Optional.empty();
  }

  private String blockedMessage(Instant until) {
    return "After three wrong answers, reactivation requests for this user ID are blocked until "
        + BLOCKED_UNTIL.format(until.atZone(zone)) + ". Call the help desk if you need help sooner.";
  }

  private String showQuestion(Model model, HttpSession session) {
    SecurityQuestion question = (SecurityQuestion) session.getAttribute(PENDING_QUESTION);
    model.addAttribute("question", question.text());
    model.addAttribute("pending", session.getAttribute(PENDING_REACTIVATION));
    return "requests/reactivate-question";
  }

  private String show(ReactivationForm form, Dealership dealership, Model model, HttpSession session) {
    return forms.show("requests/reactivate", form, dealership, model, session);
  }
}
