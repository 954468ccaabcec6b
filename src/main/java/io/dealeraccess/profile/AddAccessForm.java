package io.dealeraccess.profile;

import io.dealeraccess.web.OneSubmission;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;

/** Request application access (logged in): the applications wanted. */
class AddAccessForm extends OneSubmission {

  @NotEmpty(message = "Choose at least one application.")
  private List<String> applications = new ArrayList<>();

  public List<String> getApplications() {
    return applications;
  }

  public void setApplications(List<String> applications) {
    this.applications = applications == null ? new ArrayList<>() : new ArrayList<>(applications);
  }
}
