package io.dealeraccess.web;

import io.dealeraccess.request.Applicant;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * What every public request form asks: the dealership's PDN, a user ID, the person submitting, and the security
 * code. Text is trimmed as it arrives; the field rules are annotations, checked on the server.
 */
public abstract class ApplicantForm {

  static final String NAME = "^[\\p{L}][\\p{L} .'\\-]*$";
  static final String NAME_MESSAGE = "Use letters, spaces, hyphens, periods and apostrophes only.";
  static final String NO_CONTROL = "^[^\\p{Cntrl}]*$";

  @NotBlank(message = "The PDN is missing. Start again with your dealership's PDN.")
  @Pattern(regexp = "\\d{5}", message = "A PDN is exactly five digits.")
  private String pdn;

  @NotBlank(message = "Enter the user ID.")
  @Pattern(regexp = "^[A-Za-z][A-Za-z0-9._-]{5,19}$",
      message = "A user ID has 6 to 20 characters: letters, digits, periods, hyphens or underscores, "
          + "and starts with a letter.")
  private String userId;

  @NotBlank(message = "Enter your first name.")
  @Size(max = 60, message = "Use at most 60 characters.")
  @Pattern(regexp = NAME, message = NAME_MESSAGE)
  private String firstName;

  @NotBlank(message = "Enter your last name.")
  @Size(max = 60, message = "Use at most 60 characters.")
  @Pattern(regexp = NAME, message = NAME_MESSAGE)
  private String lastName;

  @NotBlank(message = "Enter your email address.")
  @Size(max = 254, message = "Use at most 254 characters.")
  @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Enter an email address like name@dealership.com.")
  private String email;

  @NotBlank(message = "Enter your business phone number.")
  @Pattern(regexp = "^(\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}$",
      message = "Enter a 10-digit US phone number, like 555-123-4567.")
  private String businessPhone;

  private String captcha;

  /** Before the form goes back to the browser: nothing secret is shown again. */
  void forgetSecrets() {
    captcha = null;
  }

  /** The phone number as stored: 555-123-4567. */
  String normalizedPhone() {
    String digits = businessPhone.replaceAll("\\D", "");
    if (digits.length() == 11) {
      digits = digits.substring(1);
    }
    return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
  }

  Applicant applicant(String role) {
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
