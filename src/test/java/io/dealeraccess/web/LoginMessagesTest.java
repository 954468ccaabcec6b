package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;

class LoginMessagesTest {

  @Test
  void anInactiveIdIsPointedToReactivation() {
    assertThat(WebSecurityConfig.loginMessage(new LockedException("x")))
        .contains("inactive").contains("60 days or more").contains("reactivate");
  }

  @Test
  void aDeactivatedIdIsToldToRequestANewOne() {
    assertThat(WebSecurityConfig.loginMessage(new DisabledException("x")))
        .contains("deactivated").contains("new user ID request");
  }

  @Test
  void anythingElseSaysOnlyThatTheCredentialsAreWrong() {
    assertThat(WebSecurityConfig.loginMessage(new BadCredentialsException("x")))
        .isEqualTo("The user ID or password is incorrect.");
  }
}
