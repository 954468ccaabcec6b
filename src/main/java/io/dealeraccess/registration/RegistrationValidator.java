package io.dealeraccess.registration;

import io.dealeraccess.web.ChallengeQuestions;
import io.dealeraccess.web.Captcha;
import io.dealeraccess.web.FormText;
import io.dealeraccess.web.NewPasswordCheck;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.request.SubmissionRules;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** The registration checks that need more than the field itself: other fields, the database, the session. */
@Component
class RegistrationValidator {

  private final NewPasswordCheck passwords;
  private final SubmissionRules requests;
  private final ApplicationCatalog catalog;
  private final Captcha captcha;

  RegistrationValidator(NewPasswordCheck passwords, SubmissionRules requests, ApplicationCatalog catalog,
      Captcha captcha) {
    this.passwords = passwords;
    this.requests = requests;
    this.catalog = catalog;
    this.captcha = captcha;
  }

  void validate(RegistrationForm form, BindingResult errors, HttpSession session) {
    if (form.getRole() != null && !FormText.isOneOf(DealerRole.class, form.getRole())) {
      errors.rejectValue("role", "role.unknown", "Choose your role from the list.");
    }
    // the captcha first: only a visitor who passed it learns whether a user ID is taken
    captcha.verify(session, form.getCaptcha(), errors);
    if (!errors.hasFieldErrors("captcha") && !errors.hasFieldErrors("userId")
        && !requests.isUserIdAvailable(form.getUserId())) {
      errors.rejectValue("userId", "userId.taken", SubmissionRules.USER_ID_TAKEN);
    }
    passwords.validate(form.getUserId(), form.getPassword(), form.getConfirmPassword(), errors);
    ChallengeQuestions.validate(form, errors);
    Set<String> seen = new HashSet<>();
    for (String application : form.getApplications()) {
      if (!catalog.isRequestable(application) || !seen.add(application)) {
        errors.rejectValue("applications", "applications.unknown", "Choose applications from the list.");
        break;
      }
    }
  }

}
