package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

class LoginMessagesTest {

  @Test
  void aRefusalForAnIdsStatusShowsItsReason() {
    assertThat(WebSecurityConfig.loginMessage(
        new WebSecurityConfig.LoginRefusedException(WebSecurityConfig.DEACTIVATED)))
        .contains("deactivated").contains("new user ID request");
    assertThat(WebSecurityConfig.INACTIVE).contains("60 days or more").contains("reactivation request");
  }

  @Test
  void anythingElseSaysOnlyThatTheCredentialsAreWrong() {
    assertThat(WebSecurityConfig.loginMessage(new BadCredentialsException("x")))
        .isEqualTo("The user ID or password is incorrect.");
  }
}
