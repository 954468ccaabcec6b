package io.dealeraccess.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.UserIdReminders;
import io.dealeraccess.web.DealerBrowser;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Forgot user ID: the answer goes to the address typed, whatever it holds; the page says the same either way. */
class ForgotUserIdIntegrationTests extends RecoveryTestSupport {

  private static final String SUBJECT = "The user ID you asked for";

  private Document askForUserId(String pdn, String email) {
    DealerBrowser dealer = browser();
    Document login = dealer.open("/login");
    Document form = dealer.open(login.selectFirst("#recovery-links a:contains(Forgot your user ID?)").absUrl("href"));
    return dealer.submit(form, "main form", Map.of("pdn", pdn, "email", email));
  }

  @Test
  void theUserIdHeldAtThePdnIsEmailedToItsAddressAndTheSamePageShowsForAnAddressWithNone() {
    AccountView account = account("FINANCE_MANAGER");
    String nobody = "nobody-" + uniqueUserId() + "@dealer.example";

    Document held = askForUserId("10001", account.email().toUpperCase());
    Document none = askForUserId("10001", nobody);

    assertThat(held.getElementById("user-id-requested")).isNotNull();
    assertThat(held.select("main").text().replace(account.email().toUpperCase(), "ADDRESS"))
        .isEqualTo(none.select("main").text().replace(nobody, "ADDRESS"));
    assertThat(body(onlyMailTo(account.email(), SUBJECT))).contains(account.userId()).contains("PDN 10001")
        .contains("Hello Robin");
    assertThat(body(onlyMailTo(nobody, SUBJECT))).contains("There is none").doesNotContain(account.userId());
    assertThat(auditOf(account.userId())).contains("USER_ID_REMINDER_SENT");
    assertThat(requestsWith(account.email())).containsExactly("ID_SENT");
    assertThat(requestsWith(nobody)).containsExactly("NONE_HELD");
  }

  @Test
  void anIdAtAnotherPdnOrADeactivatedOneIsNotNamed() {
    AccountView account = account("FINANCE_MANAGER");
    askForUserId("10002", account.email());
    assertThat(body(onlyMailTo(account.email(), SUBJECT))).contains("There is none")
        .doesNotContain(account.userId());

    io.dealeraccess.TestSmtp.purge();
    accounts.deactivate(account.userId());
    askForUserId("10001", account.email());
    assertThat(body(onlyMailTo(account.email(), SUBJECT))).contains("There is none");
  }

  @Test
  void anInactiveIdIsNamedWithTheWayBack() {
    AccountView account = account("FINANCE_MANAGER");
    accounts.markInactive(account.userId());

    askForUserId("10001", account.email());

    assertThat(body(onlyMailTo(account.email(), SUBJECT))).contains(account.userId()).contains("reactivation request");
  }

  @Test
  void anAddressGetsAtMostThreeSuchEmailsAnHour() {
    String address = "flooded-" + uniqueUserId() + "@elsewhere.example";
    for (int i = 0; i < UserIdReminders.EMAILS_PER_HOUR + 2; i++) {
      assertThat(askForUserId("10001", address).getElementById("user-id-requested")).isNotNull();
    }

    assertThat(mailTo(address)).hasSize(UserIdReminders.EMAILS_PER_HOUR);
    assertThat(requestsWith(address)).endsWith("LIMITED", "LIMITED");
  }

  @Test
  void badInputGetsAFieldMessageAndKeepsWhatWasTyped() {
    DealerBrowser dealer = browser();
    Document page = dealer.submit(dealer.open("/forgot-user-id"), "main form",
        Map.of("pdn", "123", "email", "someone@dealer.example"));

    assertThat(errorOf(page, "pdn")).isEqualTo("A PDN is exactly five digits.");
    assertThat(page.getElementById("email").val()).isEqualTo("someone@dealer.example");
    assertThat(page.getElementById("pdn").val()).isEqualTo("123");
    assertThat(mailTo("someone@dealer.example")).isEmpty();
  }
}
