package io.dealeraccess.account;

import java.time.Instant;

/** The outcome of answering a security question for a reactivation request. */
public record ReactivationAnswer(Outcome outcome, int attemptsLeft, Instant blockedUntil) {

  public enum Outcome { CORRECT, WRONG, BLOCKED }

  static ReactivationAnswer correct() {
    return new ReactivationAnswer(Outcome.CORRECT, ReactivationAnswers.MAX_REACTIVATION_FAILURES, null);
  }

  static ReactivationAnswer wrong(int attemptsLeft) {
    return new ReactivationAnswer(Outcome.WRONG, attemptsLeft, null);
  }

  static ReactivationAnswer blocked(Instant until) {
    return new ReactivationAnswer(Outcome.BLOCKED, 0, until);
  }

  /**
   * The answer to a question shown when the form's details are not the owner's (the question belongs to no ID): it
   * looks like an owner's wrong answer, the third "blocks", and nothing is stored on any ID.
   */
  public static ReactivationAnswer matchingNoId(int wrongAnswersSoFar, Instant now) {
    int left = ReactivationAnswers.MAX_REACTIVATION_FAILURES - wrongAnswersSoFar;
    return left > 0 ? wrong(left) : blocked(now.plus(ReactivationAnswers.REACTIVATION_BLOCK));
  }
}
