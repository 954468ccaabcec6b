package io.dealeraccess.request;

/** Why a user ID is to be deactivated. */
public enum DeactivationReason {
  LEFT_DEALERSHIP("The employee no longer works at the dealership"),
  ACCESS_TERMINATED("The employee's access is to be terminated");

  private final String label;

  DeactivationReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
