package io.dealeraccess.account;

public enum DealerUserStatus {
  ACTIVE,
  /** Not used for 60 days or more; a reactivation request brings it back. */
  INACTIVE,
  /** Closed for good; the person needs a new user ID request. */
  DEACTIVATED
}
