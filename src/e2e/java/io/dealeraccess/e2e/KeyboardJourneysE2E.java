package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.staff.StaffGroups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A logged-in dealer and a help-desk agent with the keyboard alone: Tab, Enter and Space, never the mouse; a focus
 * ring at every stop. (Registering by keyboard alone, with the captcha on: {@link KeyboardRegistrationE2E}.)
 */
class KeyboardJourneysE2E extends IntegrationTestSupport {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  @Test
  void aDealerRequestsApplicationAccessFromMyProfileByKeyboardAlone() {
    browser.journey("15-keyboard-my-profile");
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    Page dealer = browser.newPage();
    dealer.navigate(baseUrl() + "/login");
    dealer.locator("body").focus();
    logIn(dealer, "userId", account.userId(), PASSWORD, "**/account");

    follow(dealer, "View/Request Applications", "**/account/applications");
    follow(dealer, "Request application access", "**/account/applications/request");
    String box = dealer.locator("main input[type=checkbox]:not([disabled])").first().getAttribute("id");
    stop(dealer, box);
    dealer.keyboard().press("Space");
    assertThat(dealer.locator("#" + box).isChecked()).as("Space ticks the check box").isTrue();
    browser.screenshot(dealer, "request-access");
    follow(dealer, "Submit request", "**/account/applications/confirmation**");

    dealer.locator("#reference").waitFor();
    assertThat(dealer.locator("#reference").textContent()).startsWith("R-");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "confirmation");
  }

  @Test
  void anAgentLogsInAndFollowsTheStaffMenuByKeyboardAlone() {
    browser.journey("16-keyboard-staff");
    Page agent = browser.newPage();
    agent.navigate(baseUrl() + "/staff/login");
    agent.locator("body").focus();
    agent.keyboard().press("Tab");
    assertThat(RealBrowser.focusedText(agent)).as("the first Tab stop").isEqualTo("Skip to main content");
    assertThat(RealBrowser.focusRingShown(agent)).isTrue();
    agent.keyboard().press("Enter");
    assertThat(RealBrowser.focusedId(agent)).isEqualTo("main");
    logIn(agent, "username", staffMember(StaffGroups.HELPDESK), STAFF_PASSWORD, "**/staff");

    follow(agent, "Request timeline", "**/staff/requests");
    stop(agent, "reference").type("R-2222-2222");
    agent.keyboard().press("Enter");
    agent.waitForURL("**/staff/requests?reference=R-2222-2222");
    assertThat(agent.locator("#not-found").textContent()).isEqualTo("No request with this reference.");
    browser.assertAccessible(agent);
    browser.screenshot(agent, "timeline-not-found");
  }

  /** Tabs to the field with this id; it shows a focus ring. */
  private static Keyboard stop(Page page, String id) {
    RealBrowser.tabTo(page, id);
    assertThat(RealBrowser.focusRingShown(page)).as("a focus ring on %s", id).isTrue();
    return page.keyboard();
  }

  /** Tabs to the user field, types, Tabs to the password, types, presses Enter; lands on the page at this address. */
  private static void logIn(Page page, String userField, String user, String password, String landing) {
    stop(page, userField).type(user);
    stop(page, "password").type(password);
    page.keyboard().press("Enter");
    page.waitForURL(landing);
    page.locator("body").focus();
  }

  /** Tabs to the link or button with this text (a focus ring on it), presses Enter, lands on this address. */
  private static void follow(Page page, String text, String address) {
    RealBrowser.tabToControl(page, text);
    assertThat(RealBrowser.focusRingShown(page)).as("a focus ring on %s", text).isTrue();
    page.keyboard().press("Enter");
    page.waitForURL(address);
  }
}
