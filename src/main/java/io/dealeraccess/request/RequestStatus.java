package io.dealeraccess.request;

/** Where a request stands; the label is what the dealer's status page says. */
public enum RequestStatus {
  /** Submitted; the applicant has not followed the confirmation link yet. */
  AWAITING_EMAIL_CONFIRMATION("Waiting for you to confirm your email address"),
  /** Received; the automated checks run next. */
  SUBMITTED("Received"),
  /** In the help desk's queue. */
  IN_REVIEW("In review by the help desk"),
  /** Approved, provisioning under way. */
  APPROVED("Approved, being set up"),
  /** Provisioned: done. */
  COMPLETED("Approved and completed"),
  /** Denied, by the automated checks or a reviewer; re-submitted as a new request. */
  DENIED("Denied"),
  /** The email address was not confirmed within 3 days. */
  EXPIRED("Expired: the email address was not confirmed within 3 days");

  private final String label;

  RequestStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still being handled: not yet completed, denied or expired. */
  public boolean isOpen() {
    return this == AWAITING_EMAIL_CONFIRMATION || this == SUBMITTED || this == IN_REVIEW || this == APPROVED;
  }
}
