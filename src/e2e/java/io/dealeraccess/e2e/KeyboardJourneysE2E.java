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
    stop(dealer, "userId").type(account.userId());
    stop(dealer, "password").type(PASSWORD);
    dealer.keyboard().press("Enter");
    dealer.waitForURL("**/account");

    dealer.locator("body").focus();
    press(dealer, "View/Request Applications", "Enter");
    dealer.waitForURL("**/account/applications");
    press(dealer, "Request application access", "Enter");
    dealer.waitForURL("**/account/applications/request");
    String box = dealer.locator("main input[type=checkbox]:not([disabled])").first().getAttribute("id");
    stop(dealer, box);
    dealer.keyboard().press("Space");
    assertThat(dealer.locator("#" + box).isChecked()).as("Space ticks the check box").isTrue();
    browser.screenshot(dealer, "request-access");
    press(dealer, "Submit request", "Enter");

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
    stop(agent, "username").type(staffMember(StaffGroups.HELPDESK));
    stop(agent, "password").type(STAFF_PASSWORD);
    agent.keyboard().press("Enter");
    agent.waitForURL("**/staff");

    agent.locator("body").focus();
    press(agent, "Request timeline", "Enter");
    agent.waitForURL("**/staff/requests");
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

  /** Tabs to the link or button with this text and presses the key on it; it shows a focus ring. */
  private static void press(Page page, String text, String key) {
    RealBrowser.tabToControl(page, text);
    assertThat(RealBrowser.focusRingShown(page)).as("a focus ring on %s", text).isTrue();
    page.keyboard().press(key);
  }
}
