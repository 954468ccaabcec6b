package io.dealeraccess.web;

/** Change password: the current one, then the new one twice. Never trimmed, never sent back to the browser. */
public class ChangePasswordForm extends PasswordForm {

  private String currentPassword;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  @Override
  void forgetSecrets() {
    super.forgetSecrets();
    currentPassword = null;
  }
}
