package io.dealeraccess.recovery;

import io.dealeraccess.web.EmailAddress;
import io.dealeraccess.web.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Forgot password: the user ID, the email address on file for it, and the security code. */
class ForgotPasswordForm {

  // no format rule beyond its length: an imported ID may not follow today's rule, and the page says nothing about IDs
  @NotBlank(message = "Enter your user ID.")
  @Size(max = 100, message = "Use at most 100 characters.")
  private String userId;

  @NotBlank(message = "Enter the email address on file for your user ID.")
  @EmailAddress
  private String email;

  private String captcha;

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = FormText.clean(userId);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = FormText.clean(email);
  }

  public String getCaptcha() {
    return captcha;
  }

  public void setCaptcha(String captcha) {
    this.captcha = captcha;
  }

  void forgetSecrets() {
    captcha = null;
  }
}
