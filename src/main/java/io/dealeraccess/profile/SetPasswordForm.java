package io.dealeraccess.profile;

/**
 * The set-password link's form: a new password twice and, for an imported ID with no security answers yet, three
 * different questions with answers (the fields of {@link QuestionsForm}; its current password is not asked here).
 */
class SetPasswordForm extends QuestionsForm {

  private String password;
  private String confirmPassword;

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

  /** The passwords are not shown again after a failed submission; the answers are (what the dealer typed stays). */
  public void forgetSecrets() {
    password = null;
    confirmPassword = null;
  }
}
