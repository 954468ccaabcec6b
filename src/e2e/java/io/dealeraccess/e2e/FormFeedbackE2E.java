package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dealeraccess.web.OutsideTestsContext;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A field-level error next to its field, announced to screen readers, and the captcha's "try a new code", in a real
 * Chromium with the captcha on (as outside tests).
 */
@OutsideTestsContext
class FormFeedbackE2E {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  @LocalServerPort
  int port;

  @Test
  void aWrongEmailIsShownNextToItsFieldAndTryANewCodeDrawsANewImage() {
    browser.journey("4-field-error-and-captcha");
    Page dealer = browser.newPage();
    dealer.navigate("http://localhost:" + port + "/");
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Not registered?")).first().click();
    // the PDN step by keyboard alone
    dealer.locator("body").focus();
    RealBrowser.tabTo(dealer, "pdn");
    dealer.keyboard().type("10001");
    dealer.keyboard().press("Enter");
    dealer.waitForURL("**/register/details?pdn=10001");

    dealer.getByLabel("First name").fill("Pat");
    dealer.getByLabel("Email address").fill("pat.at.riverside");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit request")).click();

    Locator email = dealer.getByLabel("Email address");
    assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(email.getAttribute("aria-describedby").split(" "))
        .as("a screen reader reads the hint and the message with the field").containsExactly("email-hint", "email-error");
    Locator error = dealer.locator("#email-error");
    assertThat(error.textContent()).containsIgnoringCase("email");
    assertThat((Boolean) error.evaluate("(error, field) => field.parentElement.contains(error)",
        email.elementHandle())).as("the message is next to its field").isTrue();
    assertThat(email.inputValue()).as("what was typed is kept").isEqualTo("pat.at.riverside");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "field-error");

    Locator image = dealer.locator("img.captcha-image");
    String before = image.getAttribute("src");
    byte[] pixelsBefore = image.screenshot();
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try a new code")).click();
    image = dealer.locator("img.captcha-image");
    image.waitFor();
    assertThat(image.getAttribute("src")).as("a new image address").isNotEqualTo(before);
    assertThat(Arrays.equals(image.screenshot(), pixelsBefore)).as("a new image").isFalse();
    assertThat(dealer.getByLabel("First name").inputValue()).as("typed values kept").isEqualTo("Pat");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "new-code");
  }

}
