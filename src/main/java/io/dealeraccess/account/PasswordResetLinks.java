package io.dealeraccess.account;

import io.dealeraccess.SignedLinks;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The forgot-password link: signed with the user ID, its expiry, and two hidden parts: the current password hash (so
 * it stops working once the password is reset) and the nonce of the ID's newest link (so an older link, or one that
 * saw three wrong answers, stops working too). It names its ID, so it cannot be used for another.
 */
@Component
class PasswordResetLinks {

  static final String PURPOSE = "reset-password";
  static final String PATH = "/forgot-password/reset";

  private final SignedLinks links;
  private final PasswordResetRepository resets;
  private final DealerUserRepository users;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PasswordResetLinks(SignedLinks links, PasswordResetRepository resets, DealerUserRepository users, Clock clock) {
    this.links = links;
    this.resets = resets;
    this.users = users;
    this.clock = clock;
  }

  /** The ID's reset state, created on first use. */
  PasswordReset stateOf(DealerUser user) {
    return resets.findById(user.getId()).orElseGet(() -> resets.save(new PasswordReset(user.getId())));
  }

  /** A new link for the ID; any earlier one stops working. */
  String issue(DealerUser user) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    stateOf(user).issued(nonce);
    String expires = String.valueOf(clock.instant().plus(PasswordRecovery.LINK_VALID_FOR).getEpochSecond());
    return links.link(PATH, PURPOSE, params(user.getUserId(), expires), nonce, user.getPasswordHash());
  }

  /** A link that opens: ours, for this ID, not expired, the ID's newest, unused, and the ID still ACTIVE. */
  record Opened(DealerUser user, PasswordReset reset) {}

  Optional<Opened> open(String userId, String expires, String token) {
    if (userId == null || expires == null || token == null || !expires.matches("\\d{1,12}")
        || Instant.ofEpochSecond(Long.parseLong(expires)).isBefore(clock.instant())) {
      return Optional.empty();
    }
    Optional<DealerUser> found = users.findByUserId(AccountService.normalizeUserId(userId));
    if (found.isEmpty() || found.get().getStatus() != DealerUserStatus.ACTIVE || found.get().isPendingDeactivation()) {
      return Optional.empty();
    }
    DealerUser user = found.get();
    if (user.getSecurityAnswers().isEmpty()) {
      return Optional.empty();
    }
    Optional<PasswordReset> reset = resets.findById(user.getId());
    if (reset.isEmpty() || reset.get().getNonce() == null || reset.get().isBlocked(clock.instant())) {
      return Optional.empty();
    }
    boolean ours = links.isValid(token, PURPOSE, params(user.getUserId(), expires), reset.get().getNonce(),
        user.getPasswordHash());
    return ours ? Optional.of(new Opened(user, reset.get())) : Optional.empty();
  }

  /** How long after the right answer the new password may be set. */
  static final Duration ANSWER_HOLDS_FOR = Duration.ofMinutes(15);

  private static Map<String, String> params(String userId, String expires) {
    return SignedLinks.params("user", userId, "expires", expires);
  }
}
