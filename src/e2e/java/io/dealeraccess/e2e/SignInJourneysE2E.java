package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dealer signs in to the lender's applications with the user ID, in a real Chromium, through the demo's
 * application pages (a real OpenID Connect client on this server): the claims the application receives, the page
 * for an application the ID does not hold, and the refresh that fails once the help desk removed the application in
 * Tasklist.
 */
class SignInJourneysE2E extends IntegrationTestSupport {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  private static final String DEALER = "jordan.active";
  private static final String DEMO_PASSWORD = "Showroom-Keys-2026";

  @Autowired
  private RequestSubmissions requests;

  @AfterEach
  void jordanHoldsIntelliRaterAgain() {
    accounts.grant(DEALER, List.of("INTELLIRATER"), null);
  }

  @Test
  void jordanSignsInToIntelliRaterSeesTheClaimsIsRefusedSmartAuctionAndLosesTheRefreshWhenTheHelpDeskRemovesIt() {
    browser.journey("11-sign-in-to-an-application");
    Page dealer = browser.newPage();
    dealer.navigate(baseUrl() + "/demo/intellirater");
    assertThat(dealer.url()).as("the demo runs on the loopback address").startsWith("http://127.0.0.1:");
    browser.screenshot(dealer, "application");
    browser.assertAccessible(dealer);

    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to IntelliRater with your user ID"))
        .click();
    assertThat(dealer.locator("#signing-in-to").textContent()).contains("continue to").contains("IntelliRater");
    browser.screenshot(dealer, "our-login");
    browser.assertAccessible(dealer);
    dealer.getByLabel("User ID").fill(DEALER);
    dealer.getByLabel("Password").fill(DEMO_PASSWORD);
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

    dealer.locator("#claims").waitFor();
    assertThat(dealer.locator("#demo-message").textContent()).contains("Signed in.")
        .contains("signature was checked");
    assertThat(claim(dealer, "sub")).isEqualTo(DEALER);
    assertThat(claim(dealer, "pdn")).isEqualTo("10001");
    assertThat(claim(dealer, "dealership_name")).isEqualTo("Riverside Motors");
    assertThat(claim(dealer, "role")).isEqualTo("FINANCE_MANAGER");
    assertThat(claim(dealer, "applications")).contains("INTELLIRATER").contains("SMARTCASH");
    assertThat(claim(dealer, "email")).isEqualTo("jordan.active@riverside.example");
    assertThat(claim(dealer, "name")).isEqualTo("Jordan Active");
    browser.screenshot(dealer, "claims");
    browser.assertAccessible(dealer);

    // an application the ID does not hold: our page, and no code for it (already signed in: no login page)
    dealer.navigate(baseUrl() + "/demo/smartauction");
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in to SmartAuction with your user ID"))
        .click();
    assertThat(dealer.locator("#refused-title").textContent()).isEqualTo("You do not have access to SmartAuction");
    assertThat(dealer.url()).contains("/sign-in/refused").doesNotContain("code=");
    // a finance manager may not hold SmartAuction: no request to offer, the reason instead
    assertThat(dealer.locator("#cannot-request").textContent()).contains("Finance & Insurance Manager")
        .contains("cannot hold SmartAuction");
    assertThat(dealer.locator("#request-access").count()).isZero();
    browser.screenshot(dealer, "no-access");
    browser.assertAccessible(dealer);

    // My Profile shows the sign-in to IntelliRater
    dealer.navigate(dealer.url().replaceAll("/sign-in/refused.*", "/account/applications"));
    assertThat(dealer.locator("#held-applications li[data-application=INTELLIRATER]").textContent())
        .contains("last signed in");
    browser.screenshot(dealer, "my-applications");

    // the help desk removes IntelliRater (a removal request, approved in Tasklist)
    RequestView removal = requests.submitRemoveAccess(new RemoveAccessSubmission("10001", DEALER,
        new Applicant("Jordan", "Active", "jordan.active@riverside.example", "555-010-1000", null),
        List.of("INTELLIRATER")), true);
    executeJobs(instanceOf(removal.reference()).getId());
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(removal.reference()).singleResult();
    TasklistAgent agent = TasklistAgent.logIn(browser.newPage(), baseUrl())
        .open(review.getId(), removal.reference()).claim().decide("Approve");
    agent.pressComplete();
    TasklistAgent.waitUntil(() -> taskService.createTaskQuery().taskId(review.getId()).count() == 0,
        "the removal to be approved in Tasklist");
    executeJobs(instanceOf(removal.reference()).getId());
    assertThat(accounts.find(DEALER).orElseThrow().applicationCodes()).doesNotContain("INTELLIRATER");

    dealer.navigate(baseUrl() + "/demo/intellirater");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refresh the tokens")).click();
    assertThat(dealer.locator("#demo-message").textContent()).contains("refused").contains("invalid_grant");
    assertThat(dealer.locator("#claims").count()).isZero();
    browser.screenshot(dealer, "refresh-refused");
  }

  private static String claim(Page page, String name) {
    return page.locator("#claims tr[data-claim=" + name + "] td").textContent();
  }
}
