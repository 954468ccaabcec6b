package io.dealeraccess.profile;

/**
 * A My Profile change that must be confirmed with the current password: someone at an unlocked screen cannot take
 * the ID over. Never shown again after a submit.
 */
abstract class CurrentPasswordForm {

  private String currentPassword;

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  void forgetCurrentPassword() {
    currentPassword = null;
  }
}
