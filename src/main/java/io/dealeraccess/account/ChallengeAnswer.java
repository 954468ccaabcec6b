package io.dealeraccess.account;

/** A challenge question and its answer as typed; the answer is hashed before it is stored and never printed. */
public record ChallengeAnswer(SecurityQuestion question, String answer) {

  @Override
  public String toString() {
    return "ChallengeAnswer[" + question + "]";
  }
}
