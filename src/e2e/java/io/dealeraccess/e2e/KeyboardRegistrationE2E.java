package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.dealeraccess.web.DealerForms;
import io.dealeraccess.web.OutsideTestsContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A dealer registers with the keyboard alone and never types the security code, with the captcha on as outside
 * tests: the skip link, the error summary's link to its field, selects and check boxes by keys, a focus ring at every
 * stop, and the browser's proof of work answering the security check (what a blind dealer relies on).
 */
@OutsideTestsContext
class KeyboardRegistrationE2E {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  @LocalServerPort
  int port;

  private final List<String> noFocusRing = new ArrayList<>();

  @Test
  void aDealerRegistersByKeyboardAloneWithoutTypingTheSecurityCode() {
    browser.journey("14-keyboard-registration");
    Page dealer = browser.newPage();
    dealer.navigate("http://localhost:" + port + "/");
    dealer.keyboard().press("Tab");
    assertThat(RealBrowser.focusedText(dealer)).as("the first Tab stop").isEqualTo("Skip to main content");
    seen(dealer, "skip link");
    browser.screenshot(dealer, "skip-link");
    dealer.keyboard().press("Enter");
    assertThat(RealBrowser.focusedId(dealer)).as("the skip link moves the focus to the page's content")
        .isEqualTo("main");
    RealBrowser.tabToControl(dealer, "Not registered?");
    dealer.keyboard().press("Enter");
    dealer.waitForURL("**/register");
    RealBrowser.tabTo(dealer, "pdn");
    dealer.keyboard().type("10001");
    dealer.keyboard().press("Enter");
    dealer.waitForURL("**/register/details?pdn=10001");

    String userId = "kb" + System.nanoTime() % 1_000_000_000L;
    type(dealer, "firstName", "Kim");
    type(dealer, "lastName", "Keys");
    type(dealer, "email", "kim.keys.at.riverside");
    type(dealer, "businessPhone", "555-123-4567");
    choose(dealer, "role", 1);
    type(dealer, "userId", userId);
    type(dealer, "password", DealerForms.PASSWORD);
    type(dealer, "confirmPassword", DealerForms.PASSWORD);
    for (int i = 1; i <= 3; i++) {
      choose(dealer, "question" + i, i);
      type(dealer, "answer" + i, "answer number " + i);
    }
    RealBrowser.tabTo(dealer, "applications1");
    dealer.keyboard().press("Space");
    assertThat(dealer.locator("#applications1").isChecked()).as("Space ticks a check box").isTrue();
    // Enter in a field sends the form; the browser answers the security check first
    RealBrowser.tabTo(dealer, "firstName");
    dealer.keyboard().press("Enter");

    dealer.locator("#form-errors").waitFor();
    dealer.waitForLoadState();
    assertThat(RealBrowser.focusedId(dealer)).as("the focus on the error summary").isEqualTo("form-errors");
    seen(dealer, "error summary");
    browser.screenshot(dealer, "error-summary");
    dealer.keyboard().press("Tab");
    assertThat(RealBrowser.focusedText(dealer)).containsIgnoringCase("email");
    dealer.keyboard().press("Enter");
    assertThat(RealBrowser.focusedId(dealer)).as("the summary's link puts the focus in its field").isEqualTo("email");
    assertThat(dealer.locator("#email").inputValue()).as("what was typed is kept").isEqualTo("kim.keys.at.riverside");
    assertThat(dealer.locator("#answer3").inputValue()).isEqualTo("answer number 3");
    assertThat(dealer.locator("#applications1").isChecked()).isTrue();
    assertThat(dealer.locator("#password").inputValue()).as("passwords are not kept").isEmpty();
    dealer.keyboard().press("ControlOrMeta+A");
    dealer.keyboard().type("kim.keys@riverside.example");
    type(dealer, "password", DealerForms.PASSWORD);
    type(dealer, "confirmPassword", DealerForms.PASSWORD);
    RealBrowser.tabToControl(dealer, "Submit request");
    seen(dealer, "submit button");
    dealer.keyboard().press("Enter");

    dealer.locator("#reference").waitFor();
    assertThat(dealer.locator("#reference").textContent()).matches("R-[A-Z0-9]{4}-[A-Z0-9]{4}");
    assertThat(dealer.locator("h1").textContent()).isNotBlank();
    assertThat(noFocusRing).as("stops where the focus could not be seen").isEmpty();
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "confirmation");
  }

  /** Tabs to the field and types into it. */
  private void type(Page page, String id, String text) {
    RealBrowser.tabTo(page, id);
    seen(page, id);
    page.keyboard().type(text);
  }

  /** Tabs to the drop-down and moves down its list by the arrow key. */
  private void choose(Page page, String id, int downs) {
    RealBrowser.tabTo(page, id);
    seen(page, id);
    for (int i = 0; i < downs; i++) {
      page.keyboard().press("ArrowDown");
    }
    assertThat(page.locator("#" + id).inputValue()).as("%s chosen by the arrow key", id).isNotEmpty();
  }

  private void seen(Page page, String stop) {
    if (!RealBrowser.focusRingShown(page)) {
      noFocusRing.add(stop);
    }
  }
}
