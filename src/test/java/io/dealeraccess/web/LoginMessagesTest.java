package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dealeraccess.account.DealerPrincipal;
import io.dealeraccess.account.DealerUserStatus;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

/** What the login page says to a dealer whose password was right but whose ID may not log in now, and to others. */
class LoginMessagesTest {

  private static String refusal(DealerUserStatus status, boolean pendingDeactivation) {
    DealerLogin.LoginRefusedException refused = catchThrowableOfType(DealerLogin.LoginRefusedException.class,
        () -> DealerLogin.checkStatus(new DealerPrincipal("pat.smith", "hash", status, pendingDeactivation)));
    assertThat(refused).as("%s refused", status).isNotNull();
    return DealerLogin.loginMessage(refused);
  }

  @Test
  void anIdThatMayNotLogInNowIsToldWhyAndWhatToDo() {
    assertThat(refusal(DealerUserStatus.DEACTIVATED, false)).contains("deactivated").contains("new user ID request");
    assertThat(refusal(DealerUserStatus.INACTIVE, false)).contains("60 days or more").contains("reactivation request");
    assertThat(refusal(DealerUserStatus.ACTIVE, true)).contains("locked while a request to deactivate it")
        .contains("help desk");
  }

  @Test
  void anActiveIdLogsIn() {
    assertThatCode(() -> DealerLogin.checkStatus(new DealerPrincipal("pat.smith", "hash",
        DealerUserStatus.ACTIVE, false))).doesNotThrowAnyException();
  }

  @Test
  void anythingElseSaysOnlyThatTheCredentialsAreWrong() {
    assertThat(DealerLogin.loginMessage(new BadCredentialsException("x")))
        .isEqualTo("The user ID or password is incorrect.");
  }
}
