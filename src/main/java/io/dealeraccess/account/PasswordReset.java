package io.dealeraccess.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Where a user ID's password reset stands: the nonce of the newest emailed link (signed into it, so an older link, a
 * used one or one that saw three wrong answers stops working), wrong answers in a row, the right answer's time, and
 * the block after three wrong answers.
 */
@Entity
class PasswordReset {

  @Id
  private Long dealerUserId;
  private String nonce;
  private int failures;
  private Instant answeredAt;
  private Instant blockedUntil;

  @Version
  private long version;

  protected PasswordReset() {}

  PasswordReset(Long dealerUserId) {
    this.dealerUserId = dealerUserId;
  }

  /** A new link: only it works from now on, and its question must be answered again. */
  void issued(String nonce) {
    this.nonce = nonce;
    this.answeredAt = null;
  }

  void rightAnswer(Instant at) {
    this.failures = 0;
    this.answeredAt = at;
  }

  /** Counts a wrong answer; the last allowed one kills the link and blocks resets until {@code blockUntil}. */
  boolean wrongAnswer(int maxFailures, Instant blockUntil) {
    failures++;
    if (failures < maxFailures) {
      return false;
    }
    failures = 0;
    nonce = null;
    answeredAt = null;
    blockedUntil = blockUntil;
    return true;
  }

  /** The password was reset: no link works any more. */
  void used() {
    nonce = null;
    answeredAt = null;
    failures = 0;
  }

  boolean isBlocked(Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now);
  }

  String getNonce() {
    return nonce;
  }

  int getFailures() {
    return failures;
  }

  Instant getAnsweredAt() {
    return answeredAt;
  }

  Instant getBlockedUntil() {
    return blockedUntil;
  }
}
