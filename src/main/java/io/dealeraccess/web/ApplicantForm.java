package io.dealeraccess.web;

import io.dealeraccess.request.Applicant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;

/**
 * What every public request form asks: the dealership's PDN, a user ID, the person submitting, and the security
 * code. Text is trimmed as it arrives; the field rules are annotations, checked on the server.
 */
public abstract class ApplicantForm extends OneSubmission {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "The PDN is missing. Start again with your dealership's PDN.")
  @Pattern(regexp = "\\d{5}", message = "A PDN is exactly five digits.")
  private String pdn;

  @NotBlank(message = "Enter the user ID.")
  @Pattern(regexp = "^[A-Za-z][A-Za-z0-9._-]{5,19}$",
      message = "A user ID has 6 to 20 characters: letters, digits, periods, hyphens or underscores, "
          + "and starts with a letter.")
  private String userId;

  @NotBlank(message = "Enter your first name.")
  @PersonName
  private String firstName;

  @NotBlank(message = "Enter your last name.")
  @PersonName
  private String lastName;

  @NotBlank(message = "Enter your email address.")
  @EmailAddress
  private String email;

  @NotBlank(message = "Enter your business phone number.")
  @BusinessPhone
  private String businessPhone;

  private String captcha;

  /** Before the form goes back to the browser: nothing secret is shown again. */
  public void forgetSecrets() {
    captcha = null;
  }

  /** The phone number as stored: 555-123-4567. */
  public String normalizedPhone() {
    return normalizePhone(businessPhone);
  }

  /** A valid phone number in the one stored format. */
  public static String normalizePhone(String phone) {
    String digits = phone.replaceAll("\\D", "");
    if (digits.length() == 11) {
      digits = digits.substring(1);
    }
    return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
  }

  public Applicant applicant(String role) {
    return new Applicant(firstName, lastName, email, normalizedPhone(), role);
  }

  public String getPdn() {
    return pdn;
  }

  public void setPdn(String pdn) {
    this.pdn = FormText.clean(pdn);
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = FormText.clean(userId);
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = FormText.clean(firstName);
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = FormText.clean(lastName);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    String cleaned = FormText.clean(email);
    this.email = cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
  }

  public String getBusinessPhone() {
    return businessPhone;
  }

  public void setBusinessPhone(String businessPhone) {
    this.businessPhone = FormText.clean(businessPhone);
  }

  public String getCaptcha() {
    return captcha;
  }

  public void setCaptcha(String captcha) {
    this.captcha = captcha;
  }
}
