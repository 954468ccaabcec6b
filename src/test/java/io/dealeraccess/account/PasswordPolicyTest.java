package io.dealeraccess.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsALongUncommonPassword() {
    assertThat(policy.problems("psmith01", "Correct-Horse-Staple-9")).isEmpty();
  }

  @Test
  void refusesFewerThanTwelveCharacters() {
    assertThat(policy.problems("psmith01", "Short-Pw-9x")).containsExactly("Use at least 12 characters.");
  }

  @Test
  void acceptsExactlyTwelveCharacters() {
    assertThat(policy.problems("psmith01", "Tw3lve-Chars")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"my-psmith01-password", "MY-PSMITH01-PASSWORD", "xx-10htimsp-reversed"})
  void refusesAPasswordContainingTheUserIdInAnyCaseOrReversed(String password) {
    assertThat(policy.problems("psmith01", password)).containsExactly("The password must not contain your user ID.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1234", "PASSWORD1234", "qwerty123456", "123456789012", "iloveyou1234"})
  void refusesCommonPasswordsInAnyCase(String password) {
    assertThat(policy.problems("psmith01", password))
        .containsExactly("This password is too common. Choose one that is harder to guess.");
  }

  @Test
  void asksForAPasswordWhenEmpty() {
    assertThat(policy.problems("psmith01", "")).containsExactly("Enter a password.");
    assertThat(policy.problems("psmith01", null)).containsExactly("Enter a password.");
  }

  @Test
  void reportsEveryBrokenRuleOnce() {
    assertThat(policy.problems("abc", "abc")).containsExactlyInAnyOrder("Use at least 12 characters.",
        "The password must not contain your user ID.", "Use at least 5 different characters.");
  }

  @Test
  void refusesSpacesOnlyAndAFewCharactersRepeated() {
    assertThat(policy.problems("psmith01", "            ")).containsExactly("A password cannot be only spaces.");
    assertThat(policy.problems("psmith01", "abababababab")).containsExactly("Use at least 5 different characters.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Password1234!", "!!password1234", "Qwerty123456?", "#iloveyou1234#"})
  void refusesACommonPasswordWithSymbolsAddedAtAnEnd(String password) {
    assertThat(policy.problems("psmith01", password))
        .containsExactly("This password is too common. Choose one that is harder to guess.");
  }

  @Test
  void refusesWhatBcryptCannotReadWhole() {
    String longAscii = "Correct-Horse-Staple-9".repeat(3);
    String accented = "Éé-Ünïcödé-Pässwörd-".repeat(3);

    assertThat(policy.problems("psmith01", longAscii.substring(0, 64))).isEmpty();
    assertThat(policy.problems("psmith01", longAscii)).contains("Use at most 64 characters.");
    assertThat(accented.length()).isLessThanOrEqualTo(64);
    assertThat(policy.problems("psmith01", accented)).anyMatch(problem -> problem.contains("at most 72 bytes"));
  }
}
