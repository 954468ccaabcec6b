package io.dealeraccess.requestform;

import static io.dealeraccess.requestform.RequestForms.FORM;
import static io.dealeraccess.requestform.RequestForms.checkChoice;

import io.dealeraccess.account.DealerRole;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.request.DeactivationReason;
import io.dealeraccess.request.DeactivationSubmission;
import io.dealeraccess.request.RequestConfirmations;
import io.dealeraccess.request.SubmittedBy;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deactivate a user ID: anyone may ask; nothing is locked unless its owner asks while logged in, or confirms by the
 * link sent to the email on file.
 */
@Controller
@RequestMapping("/requests/deactivate")
class DeactivationController {

  private final RequestForms forms;
  private final RequestConfirmations confirmations;

  DeactivationController(RequestForms forms, RequestConfirmations confirmations) {
    this.forms = forms;
    this.confirmations = confirmations;
  }

  @GetMapping("/details")
  String deactivateForm(@RequestParam(required = false) String pdn, Model model, HttpSession session) {
    return forms.withDealership("deactivate", pdn, model, dealership ->
        show(RequestForms.startForm(new DeactivationForm(), pdn), dealership, model, session));
  }

  @PostMapping("/details")
  String submitDeactivation(@Valid @ModelAttribute(FORM) DeactivationForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    return forms.withDealership("deactivate", form.getPdn(), model, dealership -> {
      if (newCode != null) {
        return show(RequestForms.withoutErrors(form, model), dealership, model, session);
      }
      checkChoice(SubmittedBy.class, form.getSubmittedBy(), "submittedBy", errors);
      checkChoice(DealerRole.class, form.getRole(), "role", errors);
      checkChoice(DeactivationReason.class, form.getReason(), "reason", errors);
      forms.verifyCaptcha(session, form.getCaptcha(), errors);
      // the same answer whether or not the ID exists: an unknown ID is denied by the automated checks, by email.
      // Nothing is locked unless its owner asks while logged in (or later confirms by the emailed link).
      return forms.submitOrShow(errors, form, () -> forms.requests().submitDeactivation(new DeactivationSubmission(
              form.getPdn(), form.getUserId(), SubmittedBy.valueOf(form.getSubmittedBy()),
              form.applicant(form.getRole()), DeactivationReason.valueOf(form.getReason())),
              RequestForms.isLoggedInOwner(form.getUserId())),
          () -> show(form, dealership, model, session), session);
    });
  }

  /** The owner's confirmation link from the email on file: a page with one button, so no link preview locks it. */
  @GetMapping("/confirm")
  String confirmDeactivationPage(@RequestParam(required = false) String ref,
      @RequestParam(required = false) String token, Model model) {
    if (ref == null || ref.isBlank() || token == null || token.isBlank()) {
      // a link cut short: nothing to lock
      model.addAttribute("outcome", "INVALID");
      return "requests/deactivate-confirm";
    }
    model.addAttribute("ref", ref);
    model.addAttribute("token", token);
    return "requests/deactivate-confirm";
  }

  @PostMapping("/confirm")
  String confirmDeactivation(@RequestParam(required = false) String ref,
      @RequestParam(required = false) String token, Model model) {
    model.addAttribute("ref", ref);
    model.addAttribute("outcome", confirmations.confirmDeactivationByOwner(ref, token) ? "LOCKED" : "INVALID");
    return "requests/deactivate-confirm";
  }

  private String show(DeactivationForm form, Dealership dealership, Model model, HttpSession session) {
    model.addAttribute("roles", DealerRole.values());
    model.addAttribute("submitters", SubmittedBy.values());
    model.addAttribute("reasons", DeactivationReason.values());
    return forms.show("requests/deactivate", form, dealership, model, session);
  }
}
