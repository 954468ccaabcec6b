package io.dealeraccess.registration;

import io.dealeraccess.web.Confirmations;
import io.dealeraccess.web.Captcha;
import io.dealeraccess.web.PdnForm;
import io.dealeraccess.web.PdnStep;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.request.ProcessNotWaitingException;
import io.dealeraccess.request.EmailConfirmation;
import io.dealeraccess.request.NewUserIdSubmission;
import io.dealeraccess.request.RequestConfirmations;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.SubmissionRejectedException;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Not registered?": the PDN first, then the person's details, user ID, password, security questions and
 * applications, then a printable confirmation; later, the email-confirmation link lands here too.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

  static final PdnStep.Page PDN_PAGE = new PdnStep.Page("/register", "/register/details", "Request a user ID",
      "Step 1 of 2: your dealership");

  private final PdnStep pdnStep;
  private final RequestSubmissions requests;
  private final RequestConfirmations confirmations;
  private final ApplicationCatalog catalog;
  private final RegistrationValidator validator;
  private final Captcha captcha;

  RegistrationController(PdnStep pdnStep, RequestSubmissions requests, RequestConfirmations confirmations, ApplicationCatalog catalog,
      RegistrationValidator validator, Captcha captcha) {
    this.pdnStep = pdnStep;
    this.requests = requests;
    this.confirmations = confirmations;
    this.catalog = catalog;
    this.validator = validator;
    this.captcha = captcha;
  }

  @GetMapping
  String pdnStep(Model model) {
    return pdnStep.show(PDN_PAGE, new PdnForm(), null, model);
  }

  @PostMapping
  String checkPdn(@Valid @ModelAttribute("pdnForm") PdnForm form, BindingResult errors, Model model) {
    return pdnStep.check(PDN_PAGE, form, errors, model);
  }

  @GetMapping("/details")
  String detailsStep(@RequestParam(required = false) String pdn, Model model, HttpSession session) {
    Optional<Dealership> dealership = pdnStep.activeDealership(pdn);
    if (dealership.isEmpty()) {
      return pdnStep.unknown(PDN_PAGE, pdn, model);
    }
    RegistrationForm form = new RegistrationForm();
    form.setPdn(dealership.get().getPdn());
    return details(form, dealership.get(), model, session);
  }

  @PostMapping("/details")
  String submit(@Valid @ModelAttribute("registrationForm") RegistrationForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    Optional<Dealership> dealership = pdnStep.activeDealership(form.getPdn());
    if (dealership.isEmpty()) {
      return pdnStep.unknown(PDN_PAGE, form.getPdn(), model);
    }
    if (newCode != null) {
      // "try a new code": same page, what was typed kept, no error messages yet
      model.addAttribute("registrationForm", form);
      model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "registrationForm");
      model.addAttribute("passwordsCleared", true);
      return details(form, dealership.get(), model, session);
    }
    model.addAttribute("passwordsCleared", true);
    validator.validate(form, errors, session);
    if (!errors.hasErrors()) {
      try {
        return Confirmations.submitOnce(requests, session, form, () -> requests.submitNewUserId(submission(form)));
      } catch (SubmissionRejectedException e) {
        errors.rejectValue(e.field(), "submission.rejected", e.getMessage());
      }
    }
    return Confirmations.unlessSubmitted(requests, session, form,
        () -> details(form, dealership.get(), model, session));
  }


  @GetMapping("/verify")
  String verifyPage(@RequestParam(required = false) String ref, @RequestParam(required = false) String token,
      Model model) {
    if (ref == null || ref.isBlank() || token == null || token.isBlank()) {
      // a link cut short: nothing to confirm
      model.addAttribute("outcome", EmailConfirmation.INVALID.name());
      return "register/verified";
    }
    model.addAttribute("ref", ref);
    model.addAttribute("token", token);
    return "register/verify";
  }

  @PostMapping("/verify")
  String verify(@RequestParam(required = false) String ref, @RequestParam(required = false) String token,
      Model model) {
    EmailConfirmation outcome;
    try {
      outcome = confirmations.confirmEmail(ref, token);
    } catch (ProcessNotWaitingException e) {
      // the confirmation email's job has not finished committing yet: a moment later it will have
      model.addAttribute("ref", ref);
      model.addAttribute("token", token);
      model.addAttribute("retry", true);
      return "register/verify";
    }
    model.addAttribute("outcome", outcome.name());
    model.addAttribute("ref", ref);
    return "register/verified";
  }

  private String details(RegistrationForm form, Dealership dealership, Model model, HttpSession session) {
    form.forgetSecrets();
    captcha.prepare(session, model);
    model.addAttribute("registrationForm", form);
    model.addAttribute("dealership", dealership);
    model.addAttribute("roles", DealerRole.values());
    model.addAttribute("questions", SecurityQuestion.values());
    model.addAttribute("applications", catalog.requestable());
    return "register/details";
  }


  private static NewUserIdSubmission submission(RegistrationForm form) {
    return new NewUserIdSubmission(form.getPdn(), form.getFirstName(), form.getLastName(), form.getEmail(),
        form.normalizedPhone(), form.getRole(), form.getUserId(), form.getPassword(), form.answers(),
        List.copyOf(form.getApplications()));
  }
}
