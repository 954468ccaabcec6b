package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Safe login: lockout after five failures, nothing revealed about unknown IDs, last login recorded. */
class LoginSecurityIntegrationTests extends IntegrationTestSupport {

  private Document logIn(DealerBrowser dealer, String userId, String password) {
    return dealer.submit(dealer.open("/login"), "main form", Map.of("userId", userId, "password", password));
  }

  @Test
  void fiveFailedLoginsLockTheIdForFifteenMinutes() {
    AccountView account = account("FINANCE_MANAGER");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    for (int i = 0; i < 4; i++) {
      assertThat(logIn(dealer, account.userId(), "wrong-" + i).getElementById("login-error").text())
          .isEqualTo("The user ID or password is incorrect.");
    }

    Document fifth = logIn(dealer, account.userId(), "wrong-5");
    assertThat(fifth.getElementById("login-error").text()).contains("locked for 15 minutes");
    Document rightPassword = logIn(dealer, account.userId(), PASSWORD);
    assertThat(rightPassword.getElementById("login-error").text()).contains("locked for 15 minutes");

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(16))));
    logIn(dealer, account.userId(), PASSWORD);
    assertThat(dealer.url()).endsWith("/account");
    assertThat(accounts.find(account.userId()).orElseThrow().lastLoginAt()).isNotNull();
  }

  @Test
  void anUnknownIdLocksTheSameWaySoNothingIsRevealed() {
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    String unknown = uniqueUserId();
    for (int i = 0; i < 4; i++) {
      logIn(dealer, unknown, "whatever");
    }

    assertThat(logIn(dealer, unknown, "whatever").getElementById("login-error").text())
        .contains("locked for 15 minutes");
  }

  @Test
  void anInactiveIdIsSentToTheReactivationFormAndADeactivatedOneToRegistration() {
    AccountView inactive = account("FINANCE_MANAGER");
    accounts.markInactive(inactive.userId());
    AccountView deactivated = account("FINANCE_MANAGER");
    accounts.deactivate(deactivated.userId());
    DealerBrowser dealer = new DealerBrowser(baseUrl());

    assertThat(logIn(dealer, inactive.userId(), PASSWORD).getElementById("login-next-step").attr("href"))
        .isEqualTo("/requests/reactivate");
    assertThat(logIn(dealer, deactivated.userId(), PASSWORD).getElementById("login-next-step").attr("href"))
        .isEqualTo("/register");
  }

  @Test
  void aSuccessfulLoginRecordsWhenAndClearsEarlierFailures() {
    AccountView account = account("FINANCE_MANAGER");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    for (int i = 0; i < 4; i++) {
      logIn(dealer, account.userId(), "wrong");
    }
    logIn(dealer, account.userId(), PASSWORD);
    assertThat(dealer.url()).endsWith("/account");

    DealerBrowser later = new DealerBrowser(baseUrl());
    assertThat(logIn(later, account.userId(), "wrong").getElementById("login-error").text())
        .as("the count started again").isEqualTo("The user ID or password is incorrect.");
    assertThat(accounts.find(account.userId()).orElseThrow().lastLoginAt()).isNotNull();
  }
}
