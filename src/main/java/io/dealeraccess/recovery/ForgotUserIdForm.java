package io.dealeraccess.recovery;

import io.dealeraccess.web.EmailAddress;
import io.dealeraccess.web.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Forgot user ID: the dealership's PDN, an email address, and the security code. */
class ForgotUserIdForm {

  @NotBlank(message = "Enter your dealership's PDN.")
  @Pattern(regexp = "\\d{5}", message = "A PDN is exactly five digits.")
  private String pdn;

  @NotBlank(message = "Enter your email address.")
  @EmailAddress
  private String email;

  private String captcha;

  public String getPdn() {
    return pdn;
  }

  public void setPdn(String pdn) {
    this.pdn = FormText.clean(pdn);
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
