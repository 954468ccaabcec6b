package io.dealeraccess.request;

/** Where a request stands. */
public enum RequestStatus {
  /** Submitted; the applicant has not followed the confirmation link yet. */
  AWAITING_EMAIL_CONFIRMATION,
  /** Received; the automated checks run next. */
  SUBMITTED,
  /** In the help desk's queue. */
  IN_REVIEW,
  /** Approved, provisioning under way. */
  APPROVED,
  /** Provisioned: the user ID is open. */
  COMPLETED,
  /** Denied, by the automated checks or a reviewer; re-submitted as a new request. */
  DENIED,
  /** The email address was not confirmed within 3 days. */
  EXPIRED
}
