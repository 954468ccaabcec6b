package io.dealeraccess.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One help-desk identity check of a caller against a user ID's Help Desk secret question. */
@Entity
class IdentityCheckAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long dealerUserId;
  private Instant checkedAt;
  private String staffUser;
  private boolean matched;

  protected IdentityCheckAttempt() {}

  IdentityCheckAttempt(Long dealerUserId, Instant checkedAt, String staffUser, boolean matched) {
    this.dealerUserId = dealerUserId;
    this.checkedAt = checkedAt;
    this.staffUser = staffUser;
    this.matched = matched;
  }

  Instant getCheckedAt() {
    return checkedAt;
  }

  String getStaffUser() {
    return staffUser;
  }

  boolean isMatched() {
    return matched;
  }
}
