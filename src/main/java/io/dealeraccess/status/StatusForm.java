package io.dealeraccess.status;

import org.springframework.validation.Errors;

/** The status page's question: a reference number and the email it was asked with. */
public class StatusForm {

  private String reference;
  private String email;

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  /** Each empty field, in the order of the page. */
  void validate(Errors errors) {
    if (reference == null || reference.isBlank()) {
      errors.rejectValue("reference", "reference.missing", "Enter your reference number.");
    }
    if (email == null || email.isBlank()) {
      errors.rejectValue("email", "email.missing", "Enter your email address.");
    }
  }
}
