package io.dealeraccess.web;

/** A new password, twice. Never trimmed, never sent back to the browser. */
public class PasswordForm {

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

  public void forgetSecrets() {
    password = null;
    confirmPassword = null;
  }
}
