package io.dealeraccess.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class SecretsTest {

  private final Secrets secrets = new Secrets(new BCryptPasswordEncoder(4));

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
    String hash = new BCryptPasswordEncoder(4).encode("rex");

    assertThat(secrets.answerMatches(" Rex ", hash)).isTrue();
  }
}
