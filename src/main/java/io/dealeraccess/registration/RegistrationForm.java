package io.dealeraccess.registration;

import io.dealeraccess.web.ApplicantForm;
import io.dealeraccess.web.ChallengeQuestions;
import io.dealeraccess.web.FormText;
import io.dealeraccess.web.SecretAnswer;
import io.dealeraccess.account.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * Registration step 2. Field rules that need no other data are annotations here; the rest (password policy, taken
 * user IDs, questions, applications, captcha) are in {@link RegistrationValidator}. Passwords are never trimmed and
 * never sent back to the browser.
 */
class RegistrationForm extends ApplicantForm implements ChallengeQuestions {


  @NotBlank(message = "Choose your role at the dealership.")
  private String role;

  private String password;
  private String confirmPassword;

  private String question1;
  private String question2;
  private String question3;

  @NotBlank(message = "Enter an answer to question 1.")
  @SecretAnswer
  private String answer1;

  @NotBlank(message = "Enter an answer to question 2.")
  @SecretAnswer
  private String answer2;

  @NotBlank(message = "Enter an answer to question 3.")
  @SecretAnswer
  private String answer3;

  private List<String> applications = new ArrayList<>();

  /** Before the form goes back to the browser: passwords are not shown again. */
  @Override
  public void forgetSecrets() {
    super.forgetSecrets();
    password = null;
    confirmPassword = null;
  }

  public int getPasswordMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }







  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = FormText.clean(role);
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



}
