package io.dealeraccess.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security question a dealer answers before a reactivation request: three wrong answers in a row block
 * reactivation requests for the ID for 24 hours.
 */
@Service
@Transactional(readOnly = true)
public class ReactivationAnswers {

  static final int MAX_REACTIVATION_FAILURES = 3;
  static final Duration REACTIVATION_BLOCK = Duration.ofHours(24);

  private final AccountRecords records;
  private final Secrets secrets;
  private final Clock clock;

  ReactivationAnswers(AccountRecords records, Secrets secrets, Clock clock) {
    this.records = records;
    this.secrets = secrets;
    this.clock = clock;
  }

  public List<SecurityQuestion> securityQuestions(String userId) {
    return records.entity(userId).getSecurityAnswers().stream().map(SecurityAnswer::getQuestion).toList();
  }

  /** Checks the answer to one of the ID's questions before a reactivation request, counting wrong answers. */
  @Transactional
  public ReactivationAnswer checkReactivationAnswer(String userId, SecurityQuestion question, String answer) {
    DealerUser user = records.entity(userId);
    Instant now = clock.instant();
    if (user.isReactivationBlocked(now)) {
      return ReactivationAnswer.blocked(user.getReactivationBlockedUntil());
    }
    boolean right = user.getSecurityAnswers().stream().anyMatch(held -> held.getQuestion() == question
        && secrets.answerMatches(answer, held.getAnswerHash()));
    if (right) {
      user.rightReactivationAnswer();
      return ReactivationAnswer.correct();
    }
    user.wrongReactivationAnswer(now.plus(REACTIVATION_BLOCK), MAX_REACTIVATION_FAILURES);
    return user.isReactivationBlocked(now) ? ReactivationAnswer.blocked(user.getReactivationBlockedUntil())
        : ReactivationAnswer.wrong(MAX_REACTIVATION_FAILURES - user.getReactivationFailures());
  }

  public Optional<Instant> reactivationBlockedUntil(String userId) {
    DealerUser user = records.entity(userId);
    return user.isReactivationBlocked(clock.instant()) ? Optional.of(user.getReactivationBlockedUntil())
        : Optional.empty();
  }
}
