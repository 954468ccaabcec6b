package io.dealeraccess.account;

import io.dealeraccess.SignedLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emailed link with which the owner of a reactivated ID sets a new password. It is signed together with the
 * current password hash, so it stops working once used, and it expires after {@link #VALID_FOR}.
 */
@Component
public class PasswordLinks {

  static final String PURPOSE = "set-password";
  public static final Duration VALID_FOR = Duration.ofDays(3);

  private final SignedLinks links;
  private final AccountService accounts;
  private final Clock clock;

  PasswordLinks(SignedLinks links, AccountService accounts, Clock clock) {
    this.links = links;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public String linkFor(String userId) {
    return linkFor(userId, accounts.passwordHash(userId));
  }

  /** The link for an ID whose password hash the caller holds already (an import: no query per line). */
  String linkFor(String userId, String passwordHash) {
    String expires = String.valueOf(clock.instant().plus(VALID_FOR).getEpochSecond());
    return links.link("/password/set", PURPOSE, params(AccountService.normalizeUserId(userId), expires),
        passwordHash);
  }

  /** Whether the link's user, expiry and token are ours, unused and not expired. */
  @Transactional(readOnly = true)
  public boolean isValid(String userId, String expires, String token) {
    if (userId == null || expires == null || !expires.matches("\\d{1,12}")
        || Instant.ofEpochSecond(Long.parseLong(expires)).isBefore(clock.instant())
        || accounts.find(userId).isEmpty()) {
      return false;
    }
    return links.isValid(token, PURPOSE, params(AccountService.normalizeUserId(userId), expires),
        accounts.passwordHash(userId));
  }

  private static Map<String, String> params(String userId, String expires) {
    return SignedLinks.params("user", userId, "expires", expires);
  }
}
