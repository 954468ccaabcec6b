package io.dealeraccess.web;

import io.dealeraccess.account.PasswordPolicy;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** A new password and its confirmation, as every form that sets one checks them: the policy, then the match. */
@Component
public class NewPasswordCheck {

  private final PasswordPolicy policy;

  NewPasswordCheck(PasswordPolicy policy) {
    this.policy = policy;
  }

  /** Rejects the form's {@code password} and {@code confirmPassword} fields with the reasons. */
  public void validate(String userId, String password, String confirmPassword, BindingResult errors) {
    List<String> problems = policy.problems(userId, password);
    if (!problems.isEmpty()) {
      errors.rejectValue("password", "password.policy", String.join(" ", problems));
    }
    if (confirmPassword == null || confirmPassword.isEmpty()) {
      errors.rejectValue("confirmPassword", "confirmPassword.missing", "Enter the password again.");
    } else if (!confirmPassword.equals(password)) {
      errors.rejectValue("confirmPassword", "confirmPassword.mismatch", "The two passwords do not match.");
    }
  }
}
