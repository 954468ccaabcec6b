package io.dealeraccess.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five failed logins lock a user ID for 15 minutes. Counted by the user ID as typed, existing or not, so the lockout
 * says nothing about whether an ID exists. Kept in the database so every node of a cluster sees it.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);

  private final LoginAttemptRepository attempts;
  private final Clock clock;

  LoginThrottle(LoginAttemptRepository attempts, Clock clock) {
    this.attempts = attempts;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean isLocked(String typedUserId) {
    return attempts.findById(key(typedUserId)).map(attempt -> attempt.isLocked(now())).orElse(false);
  }

  /** Counts a failed login; true when this failure locked the ID. */
  public boolean failed(String typedUserId) {
    Instant now = now();
    LoginAttempt attempt = attempts.findById(key(typedUserId)).orElseGet(() -> new LoginAttempt(key(typedUserId)));
    attempt.failed(now, MAX_FAILURES, now.plus(LOCK));
    attempts.save(attempt);
    return attempt.isLocked(now);
  }

  public void succeeded(String typedUserId) {
    attempts.deleteById(key(typedUserId));
  }

  private static String key(String typedUserId) {
    String key = AccountService.normalizeUserId(typedUserId == null ? "" : typedUserId);
    return key.length() > 254 ? key.substring(0, 254) : key;
  }

  private Instant now() {
    return clock.instant();
  }
}
