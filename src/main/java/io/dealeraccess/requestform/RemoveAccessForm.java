package io.dealeraccess.requestform;

import io.dealeraccess.web.ApplicantForm;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;

/** Remove application access: who asks, for which user ID, and which applications go. */
class RemoveAccessForm extends ApplicantForm {

  @NotEmpty(message = "Choose at least one application to remove.")
  private List<String> applications = new ArrayList<>();

  public List<String> getApplications() {
    return applications;
  }

  public void setApplications(List<String> applications) {
    this.applications = applications == null ? new ArrayList<>() : new ArrayList<>(applications);
  }
}
