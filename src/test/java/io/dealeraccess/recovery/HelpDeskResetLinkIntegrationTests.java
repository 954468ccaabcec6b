package io.dealeraccess.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.account.AccountEvent;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.web.DealerBrowser;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The help desk sends the owner a reset link from the identity check page, only right after the caller's answer
 * matched; the agent never sees or sets a password.
 */
class HelpDeskResetLinkIntegrationTests extends RecoveryTestSupport {

  private DealerBrowser staff(String user) {
    DealerBrowser browser = browser();
    browser.submit(browser.open("/staff/login"), "form", Map.of("username", user, "password", user));
    return browser;
  }

  private Document check(DealerBrowser agent, String userId, String answer) {
    return agent.submit(agent.open("/staff/identity-check?userId=" + userId), "main form[method=post]",
        Map.of("answer", answer));
  }

  private AccountView withSecretQuestion() {
    AccountView account = account("FINANCE_MANAGER");
    profiles.changeHelpDeskQuestion(account.userId(), "Name of my first manager?", "Dana Scully");
    io.dealeraccess.TestSmtp.purge();
    return account;
  }

  @Test
  void afterAMatchTheAgentSendsALinkAndTheOwnerChoosesThePassword() {
    AccountView account = withSecretQuestion();
    DealerBrowser agent = staff("agent");

    Document matched = check(agent, account.userId(), "Dana Scully");
    assertThat(matched.getElementById("reset-link-form")).isNotNull();
    Document sent = agent.submit(matched, "#reset-link-form", Map.of());

    assertThat(sent.getElementById("reset-link-result").text()).startsWith("Sent");
    assertThat(sent.select("input[type=password]")).as("the agent sets no password").isEmpty();
    assertThat(sent.html()).doesNotContain("/forgot-password/reset").doesNotContain("token=");
    assertThat(body(onlyMailTo(account.email(), RESET_SUBJECT))).contains("As you asked the help desk");
    AccountEvent audit = eventsOf(account.userId(), "PASSWORD_RESET_LINK_SENT").get(0);
    assertThat(audit.getActor()).isEqualTo("agent");
    assertThat(audit.getDetail()).contains("agent");

    assertThat(resetThrough(browser(), resetLink(account.email()), NEW_PASSWORD).getElementById("password-reset"))
        .isNotNull();
    assertThat(logsIn(account.userId(), NEW_PASSWORD)).isTrue();
  }

  @Test
  void noLinkWithoutAMatchNorForAnotherAgentsMatch() {
    AccountView account = withSecretQuestion();
    DealerBrowser agent = staff("agent");
    Document missed = check(agent, account.userId(), "Fox Mulder");
    assertThat(missed.getElementById("reset-link-form")).as("no button after a miss").isNull();

    // the button's post, sent anyway
    Document matchedBefore = check(agent, account.userId(), "Dana Scully");
    check(agent, account.userId(), "Fox Mulder");
    Document refused = agent.submit(matchedBefore, "#reset-link-form", Map.of());
    assertThat(refused.getElementById("reset-link-result").text()).startsWith("Check the caller's identity first");

    check(agent, account.userId(), "Dana Scully");
    DealerBrowser supervisor = staff("supervisor");
    Document otherAgent = supervisor.open("/staff/identity-check?userId=" + account.userId());
    otherAgent.selectFirst("main form[method=post]").attr("action", "/staff/identity-check/reset-link");
    Document notTheirs = supervisor.submit(otherAgent, "main form[method=post]", Map.of());
    assertThat(notTheirs.getElementById("reset-link-result").text()).startsWith("Check the caller's identity first");

    assertThat(mailTo(account.email())).isEmpty();
  }

  @Test
  void aDeactivatedIdGetsNoLinkAndTheAgentIsToldWhy() {
    AccountView account = withSecretQuestion();
    accounts.deactivate(account.userId());
    DealerBrowser agent = staff("agent");

    Document sent = agent.submit(check(agent, account.userId(), "Dana Scully"), "#reset-link-form", Map.of());

    assertThat(sent.getElementById("reset-link-result").text()).contains("deactivated");
    assertThat(mailTo(account.email())).isEmpty();
    assertThat(eventsOf(account.userId(), "PASSWORD_RESET_LINK_REFUSED")).extracting(AccountEvent::getActor)
        .containsExactly("agent");
  }
}
