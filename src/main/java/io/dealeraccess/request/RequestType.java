package io.dealeraccess.request;

/** The kinds of User ID request; each has its own process, whose key is {@link #processKey()}. */
public enum RequestType {
  NEW_USER_ID("new-user-id", "New user ID"),
  ADD_APPLICATION_ACCESS("add-application-access", "Add application access"),
  REMOVE_APPLICATION_ACCESS("remove-application-access", "Remove application access"),
  REACTIVATE_USER_ID("reactivate-user-id", "Reactivate user ID"),
  DEACTIVATE_USER_ID("deactivate-user-id", "Deactivate user ID"),
  /** The role on a user ID decides which applications it may hold: the help desk verifies a change first. */
  CHANGE_ROLE("change-role", "Change role");

  private final String processKey;
  private final String label;

  RequestType(String processKey, String label) {
    this.processKey = processKey;
    this.label = label;
  }

  public String processKey() {
    return processKey;
  }

  public String label() {
    return label;
  }

  /** The label inside a sentence: "your new user ID request" (sentence case; "ID" stays upper case). */
  public String inSentence() {
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
