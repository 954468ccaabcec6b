package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.web.DealerForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a dealer and an agent see, in a real Chromium: the dealer pages as rendered, and Camunda Tasklist rendering
 * our Camunda Forms. Each journey starts at the home page. The job executor is off as in every test: the journeys run
 * the process's jobs where the job executor would.
 */
class DealerJourneysE2E extends IntegrationTestSupport {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  @Test
  void aDealerRegistersConfirmsTheEmailIsApprovedInTasklistAndSeesMyProfile() {
    browser.journey("1-registration-approved");
    String userId = uniqueUserId();
    Page dealer = browser.newPage();
    String reference = registerAndConfirm(dealer, userId);

    Page tasklist = openReviewInTasklist(reference);
    tasklist.getByLabel("Approve", new Page.GetByLabelOptions().setExact(true)).check();
    browser.screenshot(tasklist, "tasklist-approve");
    complete(tasklist, reference);

    assertThat(body(onlyMailTo(email(userId), "is approved"))).contains(reference).contains(userId);

    // the login by keyboard alone
    dealer.navigate(baseUrl() + "/login");
    browser.assertAccessible(dealer);
    dealer.locator("body").focus();
    RealBrowser.tabTo(dealer, "userId");
    dealer.keyboard().type(userId);
    dealer.keyboard().press("Tab");
    assertThat(RealBrowser.focusedId(dealer)).isEqualTo("password");
    dealer.keyboard().type(DealerForms.PASSWORD);
    dealer.keyboard().press("Enter");
    dealer.waitForURL("**/account");
    assertThat(dealer.locator("#account-user-id").textContent()).isEqualTo(userId);
    assertThat(dealer.locator("#account-dealership").textContent()).contains("Riverside Motors");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "my-profile");
  }

  @Test
  void aDeniedRequestShowsItsCodedReasonOnTheStatusPage() {
    browser.journey("2-registration-denied");
    String userId = uniqueUserId();
    Page dealer = browser.newPage();
    String reference = registerAndConfirm(dealer, userId);

    Page tasklist = openReviewInTasklist(reference);
    tasklist.getByLabel("Deny", new Page.GetByLabelOptions().setExact(true)).check();
    tasklist.locator(".fjs-form-field-select .fjs-input-group").click();
    tasklist.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions()
        .setHasText("Role not eligible for the application")).click();
    browser.screenshot(tasklist, "tasklist-deny");
    complete(tasklist, reference);
    assertThat(body(onlyMailTo(email(userId), "was denied"))).contains("Role not eligible for the application");

    dealer.navigate(baseUrl() + "/");
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Request status")).first().click();
    browser.assertAccessible(dealer);
    dealer.getByLabel("Reference number").fill(reference);
    dealer.getByLabel("Your email address").fill(email(userId));
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the status")).click();
    assertThat(dealer.locator("#status").textContent()).contains("Denied");
    assertThat(dealer.locator("#denial-reason").textContent()).contains("Role not eligible for the application");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "status-denied");
  }

  @Test
  void aNewUserIdRequestIsDeniedWithOtherAndTheReviewersOwnWords() {
    browser.journey("2b-registration-denied-other");
    String userId = uniqueUserId();
    String reference = registerAndConfirm(browser.newPage(), userId);

    Page tasklist = openReviewInTasklist(reference);
    tasklist.getByLabel("Deny", new Page.GetByLabelOptions().setExact(true)).check();
    tasklist.locator(".fjs-form-field-select .fjs-input-group").click();
    tasklist.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions()
        .setHasText("Other (explain below)")).click();
    tasklist.getByLabel("Explanation for the dealer")
        .fill("Your manager must confirm your role first");
    browser.screenshot(tasklist, "tasklist-deny-other");
    complete(tasklist, reference);

    assertThat(body(onlyMailTo(email(userId), "was denied")))
        .contains("Reason: Your manager must confirm your role first");
  }

  @Test
  void aRemoveApplicationAccessRequestIsReviewedAndApprovedInTasklist() {
    browser.journey("3-remove-access");
    AccountView holder = account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
    Page dealer = browser.newPage();
    dealer.navigate(baseUrl() + "/");
    browser.assertAccessible(dealer);
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("User ID Request Form")).first().click();
    browser.assertAccessible(dealer);
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remove application access")).click();
    dealer.getByLabel("Primary Dealer Number (PDN)").fill("10001");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    browser.assertAccessible(dealer);
    dealer.getByLabel("User ID").fill(holder.userId());
    dealer.getByLabel("First name").fill("Robin");
    dealer.getByLabel("Last name").fill("Owner");
    dealer.getByLabel("Email address").fill(holder.email());
    dealer.getByLabel("Business phone number").fill("555-222-3333");
    dealer.getByLabel("IntelliRater").check();
    browser.screenshot(dealer, "remove-form");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit request")).click();
    String reference = dealer.locator("#reference").textContent();
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "confirmation");
    executeJobs(instanceOf(reference).getId());

    Page tasklist = openReviewInTasklist(reference);
    assertThat(tasklist.getByLabel("Applications to remove").inputValue()).isEqualTo("IntelliRater");
    tasklist.getByLabel("Approve", new Page.GetByLabelOptions().setExact(true)).check();
    complete(tasklist, reference);

    assertThat(accounts.find(holder.userId()).orElseThrow().applicationCodes()).containsExactly("SMARTCASH");
    assertThat(body(onlyMailTo(holder.email(), "applications removed"))).contains(reference);
  }

  // --- the dealer's side

  private static String email(String userId) {
    return userId + "@riverside.example";
  }

  /** Home page → "Not registered?" → PDN → details → printable confirmation → the emailed link confirmed. */
  private String registerAndConfirm(Page dealer, String userId) {
    dealer.navigate(baseUrl() + "/");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "home");
    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Not registered?")).first().click();
    browser.assertAccessible(dealer);
    dealer.getByLabel("Primary Dealer Number (PDN)").fill("10001");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(dealer.locator("#dealership-name").textContent()).isEqualTo("Riverside Motors");
    browser.assertAccessible(dealer);
    dealer.getByLabel("First name").fill("Pat");
    dealer.getByLabel("Last name").fill("Smith");
    dealer.getByLabel("Email address").fill(email(userId));
    dealer.getByLabel("Business phone number").fill("555-123-4567");
    dealer.getByLabel("Your role at the dealership").selectOption("FINANCE_MANAGER");
    dealer.getByLabel("User ID").fill(userId);
    dealer.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DealerForms.PASSWORD);
    dealer.getByLabel("Confirm password").fill(DealerForms.PASSWORD);
    String[][] answers = {{"FIRST_PET", "Rex"}, {"BIRTH_CITY", "Boston"}, {"FIRST_CAR", "Ford"}};
    for (int i = 1; i <= 3; i++) {
      dealer.getByLabel("Question " + i).selectOption(answers[i - 1][0]);
      dealer.getByLabel("Answer " + i).fill(answers[i - 1][1]);
    }
    dealer.getByLabel("SmartCash").check();
    browser.screenshot(dealer, "details");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit request")).click();

    String reference = dealer.locator("#reference").textContent();
    assertThat(reference).matches("R-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print this page")).isVisible())
        .isTrue();
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "confirmation");

    String instance = instanceOf(reference).getId();
    executeJobs(instance);
    dealer.navigate(verificationLinkOnThisServer(email(userId)));
    browser.assertAccessible(dealer);
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
        "Yes, this is my request: confirm my email address")).click();
    assertThat(dealer.locator("main").textContent()).contains("your email address is confirmed");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "email-confirmed");
    executeJobs(instance);
    return reference;
  }

  // --- the agent's side: Camunda Tasklist

  /** An agent logs in to Tasklist, opens "Help desk queue", finds the request's task and claims it. */
  private Page openReviewInTasklist(String reference) {
    Page tasklist = TasklistAgent.logIn(browser.newPage(), baseUrl()).page();
    tasklist.getByText("Help desk queue").first().click();
    Locator task = tasklist.locator(".tasks-list li").filter(new Locator.FilterOptions().setHasText(reference));
    task.first().click();
    // our Camunda Form, rendered by Tasklist
    Locator referenceField = tasklist.getByLabel("Reference").first();
    referenceField.waitFor();
    assertThat(referenceField.inputValue()).isEqualTo(reference);
    browser.screenshot(tasklist, "tasklist-form");
    tasklist.getByText("Claim", new Page.GetByTextOptions().setExact(true)).click();
    tasklist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).waitFor();
    return tasklist;
  }

  private void complete(Page tasklist, String reference) {
    tasklist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete")).click();
    TasklistAgent.waitUntil(() -> taskService.createTaskQuery().processInstanceBusinessKey(reference).count() == 0,
        "the review task to be completed through Tasklist");
    browser.screenshot(tasklist, "tasklist-completed");
    executeJobs(instanceOf(reference).getId());
  }
}
