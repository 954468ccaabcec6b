package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.SecurityQuestion;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A dealer who forgot their password, and one who forgot their user ID, as a new user tries it in a real Chromium:
 * from the home page through the login page's links, the email received over SMTP, back to My Profile.
 */
class RecoveryJourneysE2E extends IntegrationTestSupport {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  /** The answers {@link #account} gives its three questions. */
  private static final Map<String, String> ANSWERS = Map.of(SecurityQuestion.FIRST_PET.text(), "Rex",
      SecurityQuestion.BIRTH_CITY.text(), "Boston", SecurityQuestion.FIRST_CAR.text(), "Ford");
  private static final String NEW_PASSWORD = "Forgotten-Then-Found-7";

  @Test
  void aDealerResetsAForgottenPasswordAndLogsInWithTheNewOne() {
    browser.journey("6-forgot-password");
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    Page dealer = loginPage();
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
    browser.assertAccessible(dealer);
    dealer.getByLabel("User ID").fill(account.userId());
    dealer.getByLabel("Email address on file").fill(account.email());
    browser.screenshot(dealer, "forgot-password");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
    assertThat(dealer.locator("#reset-requested").textContent()).isEqualTo("Check your email");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "link-sent");

    dealer.navigate(onThisServer(link(account.email(), "Reset your password", "/forgot-password/reset")));
    browser.assertAccessible(dealer);
    String question = dealer.locator("label[for=answer]").textContent();
    dealer.getByLabel(question).fill("Not it");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(dealer.locator("#answer-error").textContent()).contains("2 attempts left");
    assertThat(dealer.getByLabel(question).getAttribute("aria-invalid")).isEqualTo("true");
    browser.assertAccessible(dealer);
    dealer.getByLabel(question).fill(ANSWERS.get(question));
    browser.screenshot(dealer, "security-question");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

    dealer.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("too-short");
    dealer.getByLabel("Confirm the new password").fill("too-short");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
    assertThat(dealer.locator("#password-error").textContent()).contains("Use at least 12 characters.");
    browser.assertAccessible(dealer);
    dealer.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
    dealer.getByLabel("Confirm the new password").fill(NEW_PASSWORD);
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
    assertThat(dealer.locator("#password-reset").textContent()).isEqualTo("Your new password is set");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "password-reset");
    assertThat(body(onlyMailTo(account.email(), "Your password was changed")))
        .contains("If this wasn't you, call the help desk");

    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in")).last().click();
    logIn(dealer, account.userId(), NEW_PASSWORD);
    assertThat(dealer.locator("#account-user-id").textContent()).isEqualTo(account.userId());
  }

  @Test
  void aDealerRecoversAForgottenUserIdAndLogsInWithIt() {
    browser.journey("7-forgot-user-id");
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    Page dealer = loginPage();
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your user ID?")).click();
    browser.assertAccessible(dealer);
    dealer.getByLabel("Primary Dealer Number (PDN)").fill("1000");
    dealer.getByLabel("Your email address").fill(account.email());
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email my user ID")).click();
    assertThat(dealer.locator("#pdn-error").textContent()).isEqualTo("A PDN is exactly five digits.");
    assertThat(dealer.getByLabel("Your email address").inputValue()).as("kept").isEqualTo(account.email());
    browser.assertAccessible(dealer);
    dealer.getByLabel("Primary Dealer Number (PDN)").fill("10001");
    browser.screenshot(dealer, "forgot-user-id");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email my user ID")).click();
    assertThat(dealer.locator("#user-id-requested").textContent()).isEqualTo("Check your email");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "user-id-sent");

    String mail = body(onlyMailTo(account.email(), "The user ID you asked for"));
    Matcher named = Pattern.compile("PDN 10001:\\s+(\\S+)").matcher(mail);
    assertThat(named.find()).as(mail).isTrue();
    String userId = named.group(1);
    assertThat(userId).isEqualTo(account.userId());
    Matcher login = Pattern.compile("Log in: (\\S+)").matcher(mail);
    assertThat(login.find()).isTrue();
    dealer.navigate(baseUrl() + URI.create(login.group(1)).getPath());
    logIn(dealer, userId, PASSWORD);
    assertThat(dealer.locator("#account-user-id").textContent()).isEqualTo(account.userId());
  }

  /** Home page → Log in. */
  private Page loginPage() {
    Page dealer = browser.newPage();
    dealer.navigate(baseUrl() + "/");
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in")).first().click();
    dealer.waitForURL("**/login");
    browser.assertAccessible(dealer);
    return dealer;
  }

  private static void logIn(Page dealer, String userId, String password) {
    dealer.waitForURL("**/login");
    dealer.getByLabel("User ID").fill(userId);
    dealer.getByLabel("Password").fill(password);
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    dealer.waitForURL("**/account");
  }
}
