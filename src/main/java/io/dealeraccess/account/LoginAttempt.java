package io.dealeraccess.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed logins for a user ID as typed, whether or not it exists. */
@Entity
@Table(name = "login_throttle")
class LoginAttempt {

  @Id
  private String userIdKey;
  private int failures;
  private Instant lockedUntil;
  private Instant lastFailureAt;

  protected LoginAttempt() {}

  LoginAttempt(String userIdKey) {
    this.userIdKey = userIdKey;
  }

  boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** Counts a failure; the {@code max}th locks the user ID until {@code lockUntil}. */
  void failed(Instant now, int max, Instant lockUntil) {
    failures++;
    lastFailureAt = now;
    if (failures >= max) {
      lockedUntil = lockUntil;
      failures = 0;
    }
  }
}
