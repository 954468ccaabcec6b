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
        "The password must not contain your user ID.");
  }
}
