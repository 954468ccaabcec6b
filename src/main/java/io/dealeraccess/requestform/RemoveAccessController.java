package io.dealeraccess.requestform;

import static io.dealeraccess.requestform.RequestForms.FORM;

import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.PortalApplication;
import io.dealeraccess.dealership.Dealership;
import io.dealeraccess.request.RemoveAccessSubmission;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Remove application access: the ID, its owner's name and email on file, the applications to remove. */
@Controller
@RequestMapping("/requests/remove")
class RemoveAccessController {

  private final RequestForms forms;
  private final ApplicationCatalog catalog;

  RemoveAccessController(RequestForms forms, ApplicationCatalog catalog) {
    this.forms = forms;
    this.catalog = catalog;
  }

  @GetMapping("/details")
  String removeForm(@RequestParam(required = false) String pdn, Model model, HttpSession session) {
    return forms.withDealership("remove", pdn, model, dealership ->
        show(RequestForms.startForm(new RemoveAccessForm(), pdn), dealership, model, session));
  }

  @PostMapping("/details")
  String submitRemove(@Valid @ModelAttribute(FORM) RemoveAccessForm form, BindingResult errors,
      @RequestParam(name = "newCode", required = false) String newCode, Model model, HttpSession session) {
    return forms.withDealership("remove", form.getPdn(), model, dealership -> {
      if (newCode != null) {
        return show(RequestForms.withoutErrors(form, model), dealership, model, session);
      }
      List<String> known = catalog.all().stream().map(PortalApplication::getCode).toList();
      if (!known.containsAll(form.getApplications())) {
        errors.rejectValue("applications", "applications.unknown", "Choose applications from the list.");
      }
      forms.verifyCaptcha(session, form.getCaptcha(), errors);
      // only past the captcha, and only when the ID and its owner's address match, do we say what it lacks
      forms.owner(form).filter(account -> !errors.hasFieldErrors("captcha")).ifPresent(account -> {
        List<String> notHeld = form.getApplications().stream()
            .filter(code -> !account.applicationCodes().contains(code)).toList();
        if (!notHeld.isEmpty() && !errors.hasFieldErrors("applications")) {
          errors.rejectValue("applications", "applications.notHeld", "This user ID does not have "
              + String.join(", ", catalog.names(notHeld)) + ". Choose only applications it holds.");
        }
      });
      return forms.submitOrShow(errors, form, () -> forms.requests().submitRemoveAccess(
              new RemoveAccessSubmission(form.getPdn(), form.getUserId(), form.applicant(null),
                  List.copyOf(form.getApplications())), RequestForms.isLoggedInOwner(form.getUserId())),
          () -> show(form, dealership, model, session), session);
    });
  }

  private String show(RemoveAccessForm form, Dealership dealership, Model model, HttpSession session) {
    model.addAttribute("applications", catalog.all());
    return forms.show("requests/remove", form, dealership, model, session);
  }
}
