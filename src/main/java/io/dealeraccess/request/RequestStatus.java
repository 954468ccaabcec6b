package io.dealeraccess.request;

/** Where a request stands, as the dealer's status page and the help desk see it. */
public enum RequestStatus {
  AWAITING_EMAIL_CONFIRMATION("Waiting for you to confirm your email address", false),
  IN_REVIEW("In review by the help desk", false),
  APPROVED("Approved", false),
  COMPLETED("Completed", true),
  DENIED("Denied", true),
  EXPIRED("Expired: the email address was not confirmed in time", true);

  private final String description;
  private final boolean closed;

  RequestStatus(String description, boolean closed) {
    this.description = description;
    this.closed = closed;
  }

  public String description() {
    return description;
  }

  public boolean isClosed() {
    return closed;
  }
}
