package io.dealeraccess.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A challenge question and the hash of its answer; the answer itself is never stored. */
@Embeddable
public class SecurityAnswer {

  @Enumerated(EnumType.STRING)
  @Column(name = "question")
  private SecurityQuestion question;

  @Column(name = "answer_hash")
  private String answerHash;

  protected SecurityAnswer() {}

  public SecurityAnswer(SecurityQuestion question, String answerHash) {
    this.question = question;
    this.answerHash = answerHash;
  }

  public SecurityQuestion getQuestion() {
    return question;
  }

  public String getAnswerHash() {
    return answerHash;
  }
}
