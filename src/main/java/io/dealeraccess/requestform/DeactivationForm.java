package io.dealeraccess.requestform;

import io.dealeraccess.web.ApplicantForm;
import io.dealeraccess.web.FormText;
import jakarta.validation.constraints.NotBlank;

/** Deactivate a user ID: the ID, who asks (the employee or the dealership), their role, and why. */
class DeactivationForm extends ApplicantForm {

  @NotBlank(message = "Say who is asking: the employee or the dealership.")
  private String submittedBy;

  @NotBlank(message = "Choose your role at the dealership.")
  private String role;

  @NotBlank(message = "Choose the reason.")
  private String reason;

  public String getSubmittedBy() {
    return submittedBy;
  }

  public void setSubmittedBy(String submittedBy) {
    this.submittedBy = FormText.clean(submittedBy);
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = FormText.clean(role);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = FormText.clean(reason);
  }
}
