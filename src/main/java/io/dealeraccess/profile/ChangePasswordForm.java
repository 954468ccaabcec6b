package io.dealeraccess.profile;

import io.dealeraccess.web.PasswordForm;

/** Change password: the current one, then the new one twice. Never trimmed, never sent back to the browser. */
class ChangePasswordForm extends PasswordForm {

  private String currentPassword;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  @Override
  public void forgetSecrets() {
    super.forgetSecrets();
    currentPassword = null;
  }
}
