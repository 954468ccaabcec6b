package io.dealeraccess.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.ProfileService;
import io.dealeraccess.web.DealerBrowser;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The help desk checks a caller's answer to the Help Desk secret question; it never sees the answer itself. */
class IdentityCheckIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private ProfileService profiles;

  private DealerBrowser staff(String user) {
    DealerBrowser browser = new DealerBrowser(baseUrl());
    browser.submit(browser.open("/staff/login"), "form", Map.of("username", user, "password", user));
    return browser;
  }

  private Document check(DealerBrowser agent, String userId, String answer) {
    Document question = agent.open("/staff/identity-check?userId=" + userId);
    return agent.submit(question, "main form[method=post]", Map.of("answer", answer));
  }

  @Test
  void anAgentSeesOnlyWhetherTheAnswerMatchesAndFiveMissesLockTheCheck() {
    AccountView account = account("FINANCE_MANAGER");
    profiles.changeHelpDeskQuestion(account.userId(), "Name of my first manager?", "Dana Scully");
    DealerBrowser agent = staff("agent");

    Document question = agent.open("/staff/identity-check?userId=" + account.userId());
    assertThat(question.getElementById("question").text()).isEqualTo("Name of my first manager?");
    assertThat(question.html()).doesNotContain("Dana");

    assertThat(check(agent, account.userId(), " dana  SCULLY ").getElementById("result").text())
        .startsWith("Matches");
    for (int i = 0; i < 5; i++) {
      assertThat(check(agent, account.userId(), "Fox Mulder").getElementById("result").text())
          .isEqualTo("Does not match.");
    }
    assertThat(check(agent, account.userId(), "Dana Scully").getElementById("result").text())
        .as("locked even for the right answer").startsWith("Locked");
    assertThat(profiles.history(account.userId())).extracting(event -> event.getEventType())
        .contains("IDENTITY_CHECK_MATCHED", "IDENTITY_CHECK_MISSED", "IDENTITY_CHECK_LOCKED");
    assertThat(profiles.history(account.userId())).extracting(event -> event.getActor()).contains("agent");
  }

  @Test
  void onlyTheHelpDeskMayCheck() {
    DealerBrowser analyst = staff("analyst");
    analyst.open("/staff/identity-check");
    assertThat(analyst.status()).isEqualTo(403);

    DealerBrowser anonymous = new DealerBrowser(baseUrl());
    anonymous.open("/staff/identity-check");
    assertThat(anonymous.url()).endsWith("/staff/login");

    DealerBrowser dealer = new DealerBrowser(baseUrl());
    dealer.submit(dealer.open("/login"), "main form",
        Map.of("userId", "jordan.active", "password", "Showroom-Keys-2026"));
    Document refused = dealer.open("/staff/identity-check");
    assertThat(refused.select("form[action$=identity-check]")).as("a dealer is not staff").isEmpty();
  }

  @Test
  void aWrongStaffPasswordIsRefused() {
    DealerBrowser browser = new DealerBrowser(baseUrl());
    Document refused = browser.submit(browser.open("/staff/login"), "form",
        Map.of("username", "nobody", "password", "nothing"));

    assertThat(refused.getElementById("login-error")).isNotNull();
  }
}
