package io.dealeraccess.account;

import java.time.Instant;

/** The outcome of answering a security question for a reactivation request. */
public record ReactivationAnswer(Outcome outcome, int attemptsLeft, Instant blockedUntil) {

  public enum Outcome { CORRECT, WRONG, BLOCKED }

  static ReactivationAnswer correct() {
    return new ReactivationAnswer(Outcome.CORRECT, AccountService.MAX_REACTIVATION_FAILURES, null);
  }

  static ReactivationAnswer wrong(int attemptsLeft) {
    return new ReactivationAnswer(Outcome.WRONG, attemptsLeft, null);
  }

  static ReactivationAnswer blocked(Instant until) {
    return new ReactivationAnswer(Outcome.BLOCKED, 0, until);
  }
}
