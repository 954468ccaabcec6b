package io.dealeraccess.request;

/** Who submitted a deactivation: the ID's owner, or someone at the dealership on its behalf. */
public enum SubmittedBy {
  EMPLOYEE("The employee who holds the user ID"),
  DEALERSHIP("The dealership (for example the office manager)");

  private final String label;

  SubmittedBy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
