package io.dealeraccess.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class SecretsTest {

  private final Secrets secrets = new Secrets(PasswordHashing.encoder(4));

  @Test
  void anAnswerLongerThanBcryptReadsIsHashedWholeAndComparedAsTyped() {
    String answer = "The little red schoolhouse at the corner of Maple Street and Fifth Avenue, 1987";
    assertThat(answer.length()).isBetween(73, 100);

    String hash = secrets.hashAnswer(answer);

    String typedAgain = "  the little red SCHOOLHOUSE at the corner of maple street and fifth avenue, 1987";
    assertThat(secrets.answerMatches(typedAgain, hash)).isTrue();
    assertThat(secrets.answerMatches(answer.replace("1987", "1988"), hash)).as("the end counts too").isFalse();
  }

  @Test
  void shortAnswersAreHashedAsBefore() {
    String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("rex");

    assertThat(secrets.answerMatches(" Rex ", hash)).isTrue();
  }

  @Test
  void noPasswordYetMatchesNothingAndCostsNoHashToWrite() {
    String none = secrets.noPasswordYet();
    String other = secrets.noPasswordYet();

    assertThat(none).startsWith("{unset}").isNotEqualTo(other);
    assertThat(secrets.passwordMatches("", none)).isFalse();
    assertThat(secrets.passwordMatches(none, none)).isFalse();
    assertThat(secrets.passwordMatches(none.substring("{unset}".length()), none)).isFalse();
    assertThat(secrets.passwordMatches("Fresh-Start-Password-2", secrets.hashPassword("Fresh-Start-Password-2")))
        .as("real passwords still match").isTrue();
  }
}
