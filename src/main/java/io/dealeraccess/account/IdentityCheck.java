package io.dealeraccess.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The help desk confirms a caller's identity before it talks about an account: the caller's answer to the ID's Help
 * Desk secret question either matches or not; the agent never sees the stored answer. Every attempt is audited, and
 * five misses within an hour lock the check for that ID.
 */
@Service
@Transactional
public class IdentityCheck {

  static final int MAX_MISSES = 5;
  static final Duration WINDOW = Duration.ofHours(1);
  /** How long after a match the agent may still send the owner a password reset link. */
  static final Duration MATCH_HOLDS_FOR = Duration.ofMinutes(15);

  public enum Result { MATCHES, DOES_NOT_MATCH, LOCKED, NO_QUESTION }

  private final DealerUserRepository users;
  private final IdentityCheckAttemptRepository attempts;
  private final AccountEventRepository events;
  private final Secrets secrets;
  private final Clock clock;

  IdentityCheck(DealerUserRepository users, IdentityCheckAttemptRepository attempts, AccountEventRepository events,
      Secrets secrets, Clock clock) {
    this.users = users;
    this.attempts = attempts;
    this.events = events;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The question to ask the caller, if the ID exists and has one. */
  @Transactional(readOnly = true)
  public Optional<String> questionFor(String userId) {
    return users.findByUserId(AccountService.normalizeUserId(userId)).map(DealerUser::getHelpdeskQuestion);
  }

  public Result check(String userId, String callersAnswer, String staffUser) {
    Optional<DealerUser> found = users.findByUserId(AccountService.normalizeUserId(userId));
    if (found.isEmpty() || found.get().getHelpdeskAnswerHash() == null) {
      return Result.NO_QUESTION;
    }
    DealerUser user = found.get();
    Instant now = clock.instant();
    if (isLocked(user, now)) {
      events.save(new AccountEvent(user.getId(), now, staffUser, "IDENTITY_CHECK_LOCKED",
          "Help-desk identity check refused: locked after " + MAX_MISSES + " misses"));
      return Result.LOCKED;
    }
    boolean matched = secrets.answerMatches(callersAnswer, user.getHelpdeskAnswerHash());
    attempts.save(new IdentityCheckAttempt(user.getId(), now, staffUser, matched));
    events.save(new AccountEvent(user.getId(), now, staffUser, matched ? "IDENTITY_CHECK_MATCHED"
        : "IDENTITY_CHECK_MISSED", "Help-desk identity check by " + staffUser + ": "
        + (matched ? "matches" : "does not match")));
    return matched ? Result.MATCHES : Result.DOES_NOT_MATCH;
  }

  /**
   * Whether the ID's latest identity check was this agent's, matched, and within {@link #MATCH_HOLDS_FOR}: what the
   * help desk needs before it sends the owner a password reset link.
   */
  @Transactional(readOnly = true)
  boolean matchedRecently(Long dealerUserId, String staffUser) {
    Instant now = clock.instant();
    return attempts.findFirstByDealerUserIdOrderByCheckedAtDescIdDesc(dealerUserId)
        .filter(attempt -> attempt.isMatched() && attempt.getStaffUser().equals(staffUser)
            && !attempt.getCheckedAt().plus(MATCH_HOLDS_FOR).isBefore(now))
        .isPresent() && !isLocked(users.findById(dealerUserId).orElseThrow(), now);
  }

  private boolean isLocked(DealerUser user, Instant now) {
    return attempts.countByDealerUserIdAndMatchedFalseAndCheckedAtAfter(user.getId(), now.minus(WINDOW))
        >= MAX_MISSES;
  }
}
