package io.dealeraccess.account;

import io.dealeraccess.DealerAccessProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Why an ID's password cannot be reset now, in words for its owner (emailed to the address on file, never shown on
 * the public page) and for the agent: a deactivated ID cannot be reset (a new user ID request), an inactive one goes
 * through reactivation first, one locked for a deactivation review waits, one without security questions needs the
 * help desk, one blocked after three wrong answers waits 24 hours.
 */
@Component
class ResetRefusals {

  private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("MMMM d 'at' h:mm a z", Locale.US);

  private final PasswordResetLinks links;
  private final Clock clock;
  private final ZoneId zone;

  ResetRefusals(PasswordResetLinks links, Clock clock, DealerAccessProperties properties) {
    this.links = links;
    this.clock = clock;
    this.zone = properties.sla().zone();
  }

  Optional<String> whyNot(DealerUser user) {
    if (user.getStatus() == DealerUserStatus.DEACTIVATED) {
      return Optional.of("This user ID has been deactivated, so its password cannot be reset. To regain access, "
          + "submit a new user ID request.");
    }
    if (user.getStatus() == DealerUserStatus.INACTIVE) {
      return Optional.of("This user ID is inactive because it has not been used for 60 days or more. Submit a "
          + "reactivation request on the User ID Request Form; once it is approved, you set a new password through "
          + "the link we email you.");
    }
    if (user.isPendingDeactivation()) {
      return Optional.of("This user ID is locked while a request to deactivate it is reviewed, so its password "
          + "cannot be reset now. Call the help desk if you did not expect this.");
    }
    if (user.getSecurityAnswers().isEmpty()) {
      return Optional.of("This user ID has no security questions, so its password cannot be reset online. Call the "
          + "help desk.");
    }
    PasswordReset reset = links.stateOf(user);
    if (reset.isBlocked(clock.instant())) {
      return Optional.of("After three wrong answers to the security question, password resets for this user ID are "
          + "blocked until " + until(reset.getBlockedUntil()) + ". Call the help desk if you need help sooner.");
    }
    return Optional.empty();
  }

  String until(Instant instant) {
    return UNTIL.format(instant.atZone(zone));
  }
}
