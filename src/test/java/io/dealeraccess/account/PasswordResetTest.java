package io.dealeraccess.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A user ID's reset state on its own: which link works, and what wrong answers do. */
class PasswordResetTest {

  private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

  @Test
  void theThirdWrongAnswerInARowKillsTheLinkAndBlocksForADay() {
    PasswordReset reset = new PasswordReset(1L);
    reset.issued("nonce-1");

    assertThat(reset.wrongAnswer(3, NOW.plus(Duration.ofHours(24)))).isFalse();
    reset.issued("nonce-2");
    assertThat(reset.wrongAnswer(3, NOW.plus(Duration.ofHours(24)))).as("a new link keeps the count").isFalse();
    assertThat(reset.wrongAnswer(3, NOW.plus(Duration.ofHours(24)))).isTrue();

    assertThat(reset.getNonce()).as("no link works").isNull();
    assertThat(reset.isBlocked(NOW.plus(Duration.ofHours(23)))).isTrue();
    assertThat(reset.isBlocked(NOW.plus(Duration.ofHours(25)))).isFalse();
  }

  @Test
  void aRightAnswerStartsTheCountAgainAndANewLinkMustBeAnsweredAgain() {
    PasswordReset reset = new PasswordReset(1L);
    reset.issued("nonce-1");
    reset.wrongAnswer(3, NOW);
    reset.wrongAnswer(3, NOW);

    reset.rightAnswer(NOW);
    assertThat(reset.getFailures()).isZero();
    assertThat(reset.getAnsweredAt()).isEqualTo(NOW);

    reset.issued("nonce-2");
    assertThat(reset.getAnsweredAt()).isNull();
    reset.used();
    assertThat(reset.getNonce()).isNull();
  }
}
