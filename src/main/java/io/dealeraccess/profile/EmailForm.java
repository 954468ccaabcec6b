package io.dealeraccess.profile;

import io.dealeraccess.web.EmailAddress;
import io.dealeraccess.web.FormText;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;

/** Update email address: the new address, confirmed by a link sent to it. */
class EmailForm extends CurrentPasswordForm {

  @NotBlank(message = "Enter your new email address.")
  @EmailAddress
  private String email;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    String cleaned = FormText.clean(email);
    this.email = cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
  }
}
