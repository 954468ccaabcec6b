package io.dealeraccess.requestform;

import io.dealeraccess.web.Confirmations;
import io.dealeraccess.web.ApplicantForm;
import io.dealeraccess.web.OneSubmission;
import io.dealeraccess.web.FormText;
import io.dealeraccess.web.Captcha;
import io.dealeraccess.web.PdnForm;
import io.dealeraccess.web.PdnStep;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.DealerPrincipal;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.PortalApplication;
import io.dealeraccess.account.ReactivationAnswer;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.request.DeactivationReason;
import io.dealeraccess.request.DeactivationSubmission;
import io.dealeraccess.request.ReactivationSubmission;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestConfirmations;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.SubmissionRules;
import io.dealeraccess.request.RequestType;
import io.dealeraccess.request.SubmissionRejectedException;
import io.dealeraccess.request.SubmittedBy;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The User ID Request Form: the dealer picks the kind of request and fills in its form, PDN first, with the security
 * code and a printable confirmation. New user IDs go to registration; adding applications is in My Profile.
 */
@Controller
@RequestMapping("/requests")
class RequestFormController {

  static final String FORM = "form";
  static final String PENDING_REACTIVATION = RequestFormController.class.getName() + ".reactivation";
  static final String PENDING_QUESTION = RequestFormController.class.getName() + ".question";
  /** Wrong answers so far when the form's details are not the owner's: counted here only, never on the ID. */
  static final String PENDING_DECOY_ATTEMPTS = RequestFormController.class.getName() + ".decoyAttempts";
  private static final DateTimeFormatter BLOCKED_UNTIL =
      DateTimeFormatter.ofPattern("MMMM d 'at' h:mm a z", Locale.US);

  private static final Map<String, PdnStep.Page> PAGES = Map.of(
      "remove", new PdnStep.Page("/requests/remove", "/requests/remove/details", "Remove application access",
          "Step 1 of 2: your dealership"),
      "reactivate", new PdnStep.Page("/requests/reactivate", "/requests/reactivate/details", "Reactivate a user ID",
          "Step 1 of 3: your dealership"),
      "deactivate", new PdnStep.Page("/requests/deactivate", "/requests/deactivate/details", "Deactivate a user ID",
          "Step 1 of 2: the dealership"));

  private final PdnStep pdnStep;
  private final RequestSubmissions requests;
  private final RequestConfirmations confirmations;
  private final SubmissionRules rules;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final Captcha captcha;
  private final ZoneId zone;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  RequestFormController(PdnStep pdnStep, RequestSubmissions requests, RequestConfirmations confirmations, SubmissionRules rules, AccountService accounts,
      ApplicationCatalog catalog, Captcha captcha, io.dealeraccess.DealerAccessProperties properties,
      Clock clock) {
    this.pdnStep = pdnStep;
    this.requests = requests;
    this.confirmations = confirmations;
    this.rules = rules;
    this.accounts = accounts;
    this.catalog = catalog;
    this.captcha = captcha;
    this.zone = properties.sla().zone();
    this.clock = clock;
  }

  @GetMapping("/new")
  String choose() {
    return "requests/choose";
  }

  @GetMapping("/{kind:remove|reactivate|deactivate}")
  String pdn(@PathVariable String kind, Model model) {
    return pdnStep.show(PAGES.get(kind), new PdnForm(), null, model);
  }

  @PostMapping("/{kind:remove|reactivate|deactivate}")
  String checkPdn(@PathVariable String kind, @Valid @ModelAttribute("pdnForm") PdnForm form, BindingResult errors,
      Model model) {
    return pdnStep.check(PAGES.get(kind), form, errors, model);
  }

  // --- Remove application access

  @GetMapping("/remove/details")
  String removeForm(@RequestParam(required = false) String pdn, Model model, HttpSession session) {
    return withDealership("remove", pdn, model, dealership -> showRemove(startForm(new RemoveAccessForm(), pdn),
        dealership, model, session));
  }

  @PostMapping("/remove/details")
  String submitRemove(@Valid @ModelAttribute(FORM) RemoveAccessForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    return withDealership("remove", form.getPdn(), model, dealership -> {
      if (newCode != null) {
        return showRemove(withoutErrors(form, model), dealership, model, session);
      }
      List<String> known = catalog.all().stream().map(PortalApplication::getCode).toList();
      if (!known.containsAll(form.getApplications())) {
        errors.rejectValue("applications", "applications.unknown", "Choose applications from the list.");
      }
      captcha.verify(session, form.getCaptcha(), errors);
      // only past the captcha, and only when the ID and its owner's address match, do we say what it lacks
      owner(form).filter(account -> !errors.hasFieldErrors("captcha")).ifPresent(account -> {
        List<String> notHeld = form.getApplications().stream()
            .filter(code -> !account.applicationCodes().contains(code)).toList();
        if (!notHeld.isEmpty() && !errors.hasFieldErrors("applications")) {
          errors.rejectValue("applications", "applications.notHeld", "This user ID does not have "
              + String.join(", ", catalog.names(notHeld)) + ". Choose only applications it holds.");
        }
      });
      return submitOrShow(errors, form, () -> requests.submitRemoveAccess(new RemoveAccessSubmission(form.getPdn(),
              form.getUserId(), form.applicant(null), List.copyOf(form.getApplications())),
              isLoggedInOwner(form.getUserId())),
          () -> showRemove(form, dealership, model, session), session);
    });
  }

  // --- Deactivate a user ID

  @GetMapping("/deactivate/details")
  String deactivateForm(@RequestParam(required = false) String pdn, Model model, HttpSession session) {
    return withDealership("deactivate", pdn, model, dealership ->
        showDeactivate(startForm(new DeactivationForm(), pdn), dealership, model, session));
  }

  @PostMapping("/deactivate/details")
  String submitDeactivation(@Valid @ModelAttribute(FORM) DeactivationForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    return withDealership("deactivate", form.getPdn(), model, dealership -> {
      if (newCode != null) {
        return showDeactivate(withoutErrors(form, model), dealership, model, session);
      }
      checkChoice(SubmittedBy.class, form.getSubmittedBy(), "submittedBy", errors);
      checkChoice(DealerRole.class, form.getRole(), "role", errors);
      checkChoice(DeactivationReason.class, form.getReason(), "reason", errors);
      captcha.verify(session, form.getCaptcha(), errors);
      // the same answer whether or not the ID exists: an unknown ID is denied by the automated checks, by email.
      // Nothing is locked unless its owner asks while logged in (or later confirms by the emailed link).
      return submitOrShow(errors, form, () -> requests.submitDeactivation(new DeactivationSubmission(form.getPdn(),
              form.getUserId(), SubmittedBy.valueOf(form.getSubmittedBy()), form.applicant(form.getRole()),
              DeactivationReason.valueOf(form.getReason())), isLoggedInOwner(form.getUserId())),
          () -> showDeactivate(form, dealership, model, session), session);
    });
  }

  /** The owner's confirmation link from the email on file: a page with one button, so no link preview locks it. */
  @GetMapping("/deactivate/confirm")
  String confirmDeactivationPage(@RequestParam(required = false) String ref,
      @RequestParam(required = false) String token, Model model) {
    model.addAttribute("ref", ref);
    model.addAttribute("token", token);
    return "requests/deactivate-confirm";
  }

  @PostMapping("/deactivate/confirm")
  String confirmDeactivation(@RequestParam(required = false) String ref,
      @RequestParam(required = false) String token, Model model) {
    model.addAttribute("ref", ref);
    model.addAttribute("outcome", confirmations.confirmDeactivationByOwner(ref, token) ? "LOCKED" : "INVALID");
    return "requests/deactivate-confirm";
  }

  /** Whether the dealer logged in to this session is the owner of {@code userId}. */
  private static boolean isLoggedInOwner(String userId) {
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    return userId != null && login != null && login.getPrincipal() instanceof DealerPrincipal dealer
        && dealer.getUsername().equals(AccountService.normalizeUserId(userId));
  }

  // --- Reactivate a user ID: the ID and its owner, then one of its security questions

  @GetMapping("/reactivate/details")
  String reactivateForm(@RequestParam(required = false) String pdn, Model model, HttpSession session) {
    return withDealership("reactivate", pdn, model, dealership ->
        showReactivate(startForm(new ReactivationForm(), pdn), dealership, model, session));
  }

  @PostMapping("/reactivate/details")
  String checkReactivation(@Valid @ModelAttribute(FORM) ReactivationForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    return withDealership("reactivate", form.getPdn(), model, dealership -> {
      if (newCode != null) {
        return showReactivate(withoutErrors(form, model), dealership, model, session);
      }
      // the captcha first: only a visitor who passed it learns anything about the ID
      captcha.verify(session, form.getCaptcha(), errors);
      // and only its owner (the email on file): anyone else gets a question that belongs to no ID, whose
      // answers block nothing, whether or not the ID exists
      boolean owner = !errors.hasErrors() && owner(form).isPresent();
      if (owner && !errors.hasFieldErrors("userId")) {
        reactivationProblem(form).ifPresent(problem -> errors.rejectValue("userId", "userId.state", problem));
      }
      if (errors.hasErrors()) {
        return showReactivate(form, dealership, model, session);
      }
      List<SecurityQuestion> questions = owner ? accounts.securityQuestions(form.getUserId())
          : List.of(SecurityQuestion.values());
      form.forgetSecrets();
      session.setAttribute(PENDING_REACTIVATION, form);
      session.setAttribute(PENDING_QUESTION, questions.get(random.nextInt(questions.size())));
      session.setAttribute(PENDING_DECOY_ATTEMPTS, owner ? null : 0);
      return "redirect:/requests/reactivate/question";
    });
  }

  @GetMapping("/reactivate/question")
  String question(Model model, HttpSession session) {
    if (session.getAttribute(PENDING_REACTIVATION) == null) {
      return "redirect:/requests/reactivate";
    }
    model.addAttribute(FORM, new AnswerForm());
    return showQuestion(model, session);
  }

  @PostMapping("/reactivate/question")
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
        ? accounts.checkReactivationAnswer(pending.getUserId(), question, answer.getAnswer())
        : decoyAnswer(session, decoyAttempts);
    switch (checked.outcome()) {
      case CORRECT -> {
        session.removeAttribute(PENDING_REACTIVATION);
        session.removeAttribute(PENDING_QUESTION);
        return Confirmations.submitOnce(requests, session, pending, () -> requests.submitReactivation(
            new ReactivationSubmission(pending.getPdn(), pending.getUserId(), pending.applicant(null))));
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
    Optional<java.time.Instant> blocked = accounts.reactivationBlockedUntil(form.getUserId());
    if (blocked.isPresent()) {
      return Optional.of(blockedMessage(blocked.get()));
    }
    if (rules.hasOpenRequest(form.getUserId(), RequestType.REACTIVATE_USER_ID)) {
      return Optional.of(SubmissionRules.alreadyOpen(RequestType.REACTIVATE_USER_ID));
    }
    return Optional.empty();
  }

  private String blockedMessage(java.time.Instant until) {
    return "After three wrong answers, reactivation requests for this user ID are blocked until "
        + BLOCKED_UNTIL.format(until.atZone(zone)) + ". Call the help desk if you need help sooner.";
  }

  private String showQuestion(Model model, HttpSession session) {
    SecurityQuestion question = (SecurityQuestion) session.getAttribute(PENDING_QUESTION);
    model.addAttribute("question", question.text());
    model.addAttribute("pending", session.getAttribute(PENDING_REACTIVATION));
    return "requests/reactivate-question";
  }

  // --- shared

  private Optional<AccountView> owner(ApplicantForm form) {
    if (form.getUserId() == null || form.getPdn() == null || form.getEmail() == null) {
      return Optional.empty();
    }
    return accounts.findAtDealership(form.getUserId(), form.getPdn())
        .filter(account -> account.email().equalsIgnoreCase(form.getEmail()));
  }

  private String withDealership(String kind, String pdn, Model model,
      java.util.function.Function<Dealership, String> page) {
    Optional<Dealership> dealership = pdnStep.activeDealership(pdn);
    return dealership.isEmpty() ? pdnStep.unknown(PAGES.get(kind), pdn, model) : page.apply(dealership.get());
  }

  private static <F extends ApplicantForm> F startForm(F form, String pdn) {
    form.setPdn(pdn);
    return form;
  }

  /** "Try a new code": the same page, what was typed kept, no error messages yet. */
  private static <F> F withoutErrors(F form, Model model) {
    model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + FORM);
    return form;
  }


  private static <E extends Enum<E>> void checkChoice(Class<E> type, String value, String field,
      BindingResult errors) {
    if (value != null && !FormText.isOneOf(type, value)) {
      errors.rejectValue(field, field + ".unknown", "Choose from the list.");
    }
  }

  private String submitOrShow(BindingResult errors, OneSubmission form,
      Supplier<io.dealeraccess.request.RequestView> submit, Supplier<String> show, HttpSession session) {
    if (!errors.hasErrors()) {
      try {
        return Confirmations.submitOnce(requests, session, form, submit);
      } catch (SubmissionRejectedException e) {
        errors.rejectValue(e.field(), "submission.rejected", e.getMessage());
      }
    }
    return Confirmations.unlessSubmitted(requests, session, form, show);
  }

  private String show(String view, ApplicantForm form, Dealership dealership, Model model, HttpSession session) {
    form.forgetSecrets();
    captcha.prepare(session, model);
    model.addAttribute(FORM, form);
    model.addAttribute("dealership", dealership);
    return view;
  }

  private String showRemove(RemoveAccessForm form, Dealership dealership, Model model, HttpSession session) {
    model.addAttribute("applications", catalog.all());
    return show("requests/remove", form, dealership, model, session);
  }

  private String showDeactivate(DeactivationForm form, Dealership dealership, Model model, HttpSession session) {
    model.addAttribute("roles", DealerRole.values());
    model.addAttribute("submitters", SubmittedBy.values());
    model.addAttribute("reasons", DeactivationReason.values());
    return show("requests/deactivate", form, dealership, model, session);
  }

  private String showReactivate(ReactivationForm form, Dealership dealership, Model model, HttpSession session) {
    return show("requests/reactivate", form, dealership, model, session);
  }
}
