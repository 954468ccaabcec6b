package io.dealeraccess.web;

import io.dealeraccess.account.PasswordPolicy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Registration step 2. Field rules that need no other data are annotations here; the rest (password policy, taken
 * user IDs, questions, applications, captcha) are in {@link RegistrationValidator}. Passwords are never trimmed and
 * never sent back to the browser.
 */
public class RegistrationForm {

  static final String NAME = "^[\\p{L}][\\p{L} .'\\-]*$";
  static final String NAME_MESSAGE = "Use letters, spaces, hyphens, periods and apostrophes only.";
  static final String NO_CONTROL = "^[^\\p{Cntrl}]*$";

  @NotBlank(message = "The PDN is missing. Start again with your dealership's PDN.")
  @Pattern(regexp = "\\d{5}", message = "A PDN is exactly five digits.")
  private String pdn;

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

  @NotBlank(message = "Choose your role at the dealership.")
  private String role;

  @NotBlank(message = "Choose a user ID.")
  @Pattern(regexp = "^[A-Za-z][A-Za-z0-9._-]{5,19}$",
      message = "A user ID has 6 to 20 characters: letters, digits, periods, hyphens or underscores, "
          + "and starts with a letter.")
  private String userId;

  private String password;
  private String confirmPassword;

  private String question1;
  private String question2;
  private String question3;

  @NotBlank(message = "Enter an answer.")
  @Size(max = 100, message = "Use at most 100 characters.")
  @Pattern(regexp = NO_CONTROL, message = "Use letters, digits, spaces and punctuation only.")
  private String answer1;

  @NotBlank(message = "Enter an answer.")
  @Size(max = 100, message = "Use at most 100 characters.")
  @Pattern(regexp = NO_CONTROL, message = "Use letters, digits, spaces and punctuation only.")
  private String answer2;

  @NotBlank(message = "Enter an answer.")
  @Size(max = 100, message = "Use at most 100 characters.")
  @Pattern(regexp = NO_CONTROL, message = "Use letters, digits, spaces and punctuation only.")
  private String answer3;

  private List<String> applications = new ArrayList<>();

  private String captcha;

  /** Before the form goes back to the browser: passwords are not shown again. */
  void forgetSecrets() {
    password = null;
    confirmPassword = null;
    captcha = null;
  }

  public int getPasswordMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  /** The phone number as stored: 555-123-4567. */
  String normalizedPhone() {
    String digits = businessPhone.replaceAll("\\D", "");
    if (digits.length() == 11) {
      digits = digits.substring(1);
    }
    return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
  }

  public String getPdn() {
    return pdn;
  }

  public void setPdn(String pdn) {
    this.pdn = FormText.clean(pdn);
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
    this.email = cleaned == null ? null : cleaned.toLowerCase(java.util.Locale.ROOT);
  }

  public String getBusinessPhone() {
    return businessPhone;
  }

  public void setBusinessPhone(String businessPhone) {
    this.businessPhone = FormText.clean(businessPhone);
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = FormText.clean(role);
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = FormText.clean(userId);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }

  public String getQuestion1() {
    return question1;
  }

  public void setQuestion1(String question1) {
    this.question1 = FormText.clean(question1);
  }

  public String getQuestion2() {
    return question2;
  }

  public void setQuestion2(String question2) {
    this.question2 = FormText.clean(question2);
  }

  public String getQuestion3() {
    return question3;
  }

  public void setQuestion3(String question3) {
    this.question3 = FormText.clean(question3);
  }

  public String getAnswer1() {
    return answer1;
  }

  public void setAnswer1(String answer1) {
    this.answer1 = FormText.clean(answer1);
  }

  public String getAnswer2() {
    return answer2;
  }

  public void setAnswer2(String answer2) {
    this.answer2 = FormText.clean(answer2);
  }

  public String getAnswer3() {
    return answer3;
  }

  public void setAnswer3(String answer3) {
    this.answer3 = FormText.clean(answer3);
  }

  public List<String> getApplications() {
    return applications;
  }

  public void setApplications(List<String> applications) {
    this.applications = applications == null ? new ArrayList<>() : new ArrayList<>(applications);
  }

  public String getCaptcha() {
    return captcha;
  }

  public void setCaptcha(String captcha) {
    this.captcha = captcha;
  }

  List<String> questions() {
    List<String> questions = new ArrayList<>();
    questions.add(question1);
    questions.add(question2);
    questions.add(question3);
    return questions;
  }

  List<String> answers() {
    return List.of(String.valueOf(answer1), String.valueOf(answer2), String.valueOf(answer3));
  }
}
