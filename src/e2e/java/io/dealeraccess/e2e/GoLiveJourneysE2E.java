package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.SecurityAnswer;
import io.dealeraccess.account.SecurityQuestion;
import io.dealeraccess.dealership.DealershipService;
import io.dealeraccess.offboarding.OffboardingVariables;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Going live, in a real Chromium: an access administrator imports the lender's dealer master file and the old
 * portal's user IDs through the staff pages, an imported dealer sets a password from the welcome email and logs in,
 * and a dealership made inactive by the file has its user IDs deactivated after one confirmation in Tasklist. The job
 * executor is off as in every test: the journeys run the process's jobs where the job executor would.
 */
class GoLiveJourneysE2E extends IntegrationTestSupport {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  private static final String ADMIN_PASSWORD = STAFF_PASSWORD;
  private static final String USER_ID_HEADER =
      "user_id,pdn,first_name,last_name,email,business_phone,role,applications,last_used_at\n";
  private static final String NEW_PASSWORD = "Go-Live-Day-Password-4";

  @Autowired
  private DealershipService dealerships;

  private String accessAdmin;

  @BeforeEach
  void anAccessAdministrator() {
    accessAdmin = staffMember("access-admins");
  }

  @Test
  void anAccessAdministratorPreviewsAndImportsTheDealerMasterFileAndTheTimelineShowsIt() {
    browser.journey("8-dealer-master-file");
    String pdn = newPdn();
    Page admin = staffLogIn();

    upload(admin, "/staff/dealerships/import", "Dealer master file", "dealers.csv", "pdn,name,active,address,phone\n"
        + pdn + ",Go Live Motors,true,\"1 Main St, Springfield, OH\",555-010-3000\n");
    assertThat(admin.locator("#upload-summary").textContent()).contains("dealers.csv").contains(accessAdmin);
    assertThat(admin.locator("#counts").textContent()).isEqualToIgnoringWhitespace(
        "1 new, 0 changed, 0 unchanged, 0 with a problem.");
    assertThat(admin.locator("#lines tbody tr").allInnerTexts()).singleElement().satisfies(row ->
        assertThat(row).contains(pdn).contains("Go Live Motors").contains("New").contains("new, active"));
    assertThat(dealerships.find(pdn)).as("nothing saved by the preview").isEmpty();
    browser.screenshot(admin, "preview");

    importEveryLine(admin);
    assertThat(admin.locator("#imported").textContent()).isEqualToIgnoringWhitespace(
        "Imported: 1 new, 0 changed, 0 unchanged.");
    PlaywrightAssertions.assertThat(admin.locator("#import")).isHidden(); // imported once
    browser.screenshot(admin, "imported");

    Page timeline = timeline(admin, pdn);
    assertThat(timeline.locator("#dealership-name").textContent()).isEqualTo("Go Live Motors");
    assertThat(timeline.locator("#dealership-status").textContent()).isEqualTo("Active");
    assertThat(timeline.locator("#dealership").textContent()).contains("1 Main St, Springfield, OH")
        .contains("555-010-3000");
    assertThat(timeline.locator("#events tbody tr").allInnerTexts()).singleElement().satisfies(row ->
        assertThat(row).contains("CREATED").contains(accessAdmin)
            .contains("Added from dealers.csv: Go Live Motors, active"));
    browser.screenshot(timeline, "timeline");
  }

  @Test
  void anImportedDealerSetsAPasswordAndQuestionsFromTheWelcomeEmailAndLogsIn() {
    browser.journey("9-old-portal-user-ids");
    String pdn = newPdn();
    String userId = uniqueUserId();
    String email = userId + "@golive.example";
    Page admin = staffLogIn();
    importMasterFile(admin, pdn + ",Harbor View Motors,true");

    upload(admin, "/staff/user-ids/import", "User IDs of the old portal", "old-portal.csv", USER_ID_HEADER + userId
        + "," + pdn + ",Jordan,Lee," + email + ",(555) 010-3001,FINANCE_MANAGER,SMARTCASH,"
        + LocalDate.now().minusDays(5) + "\n");
    assertThat(admin.locator("#counts").textContent()).isEqualToIgnoringWhitespace("1 to import, 0 with a problem.");
    assertThat(admin.locator("#lines tbody tr").allInnerTexts()).singleElement().satisfies(row ->
        assertThat(row).contains(userId).contains(pdn).contains("none"));
    assertThat(accounts.find(userId)).as("nothing saved by the preview").isEmpty();
    browser.screenshot(admin, "user-id-preview");
    importEveryLine(admin);
    assertThat(admin.locator("#imported").textContent()).contains("Imported: 1 user IDs.");
    browser.screenshot(admin, "user-ids-imported");

    assertThat(mailTo(email)).as("one welcome email").hasSize(1);
    Page dealer = browser.newPage();
    String setPassword = onThisServer(link(email, "set your password", "/password/set"));
    dealer.navigate(setPassword);
    assertThat(dealer.locator("main").textContent()).contains(userId);
    PlaywrightAssertions.assertThat(dealer.locator("#security-questions")).isVisible();
    browser.assertAccessible(dealer);
    dealer.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
    dealer.getByLabel("Confirm the new password").fill(NEW_PASSWORD);
    String[][] answers = {{"FIRST_PET", "Rex"}, {"FIRST_PET", "Boston"}, {"FIRST_CAR", "Ford"}};
    for (int i = 1; i <= 3; i++) {
      dealer.getByLabel("Question " + i).selectOption(answers[i - 1][0]);
      dealer.getByLabel("Answer " + i).fill(answers[i - 1][1]);
    }
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
    assertThat(dealer.locator("main").textContent()).contains("Choose three different security questions.");
    browser.assertAccessible(dealer);
    // the same question twice is refused; the second becomes another one
    dealer.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
    dealer.getByLabel("Confirm the new password").fill(NEW_PASSWORD);
    dealer.getByLabel("Question 2").selectOption("BIRTH_CITY");
    for (int i = 1; i <= 3; i++) {
      dealer.getByLabel("Answer " + i).fill(answers[i - 1][1]);
    }
    browser.screenshot(dealer, "set-password");
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
    assertThat(dealer.locator("#password-set").textContent()).isEqualTo("Your new password is set");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "password-set");
    assertThat(reactivationAnswers.securityQuestions(userId)).containsExactly(SecurityQuestion.FIRST_PET,
        SecurityQuestion.BIRTH_CITY, SecurityQuestion.FIRST_CAR);

    dealer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in")).last().click();
    dealer.waitForURL("**/login");
    browser.assertAccessible(dealer);
    dealer.getByLabel("User ID").fill(userId);
    dealer.getByLabel("Password").fill(NEW_PASSWORD);
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    dealer.waitForURL("**/account");
    assertThat(dealer.locator("#account-user-id").textContent()).isEqualTo(userId);
    assertThat(dealer.locator("#account-dealership").textContent()).contains("Harbor View Motors");
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "my-profile");

    dealer.navigate(setPassword);
    assertThat(dealer.locator("#link-invalid").isVisible()).as("the link works once").isTrue();
  }

  @Test
  void aDealershipMadeInactiveByTheFileHasItsUserIdsDeactivatedAfterOneConfirmationInTasklist() {
    browser.journey("10-inactive-dealership");
    String pdn = newPdn();
    Page admin = staffLogIn();
    importMasterFile(admin, pdn + ",Closing Time Motors,true");
    AccountView active = accountAt(pdn, "SMARTCASH");
    AccountView idle = accountAt(pdn, "SMARTCASH", "INTELLIRATER");
    accounts.markInactive(idle.userId());
    AccountView elsewhere = account("FINANCE_MANAGER", "SMARTCASH");

    upload(admin, "/staff/dealerships/import", "Dealer master file", "closing.csv",
        "pdn,name,active\n" + pdn + ",Closing Time Motors,false\n");
    assertThat(admin.locator("#lines tbody tr").allInnerTexts()).singleElement().satisfies(row ->
        assertThat(row).contains("Changed").contains("inactive. Its active user IDs will be listed for the help "
            + "desk to confirm their deactivation"));
    browser.screenshot(admin, "inactive-preview");
    importEveryLine(admin);
    assertThat(admin.locator("#imported").textContent()).isEqualToIgnoringWhitespace(
        "Imported: 0 new, 1 changed, 0 unchanged.");

    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(OffboardingVariables.PROCESS).processInstanceBusinessKey(pdn).singleResult();
    assertThat(instance).as("inactive-dealership started for PDN %s", pdn).isNotNull();
    executeJobs(instance.getId());
    TasklistAgent agent = TasklistAgent.logIn(browser.newPage(), baseUrl())
        .openTheOneInTheQueue("Confirm the deactivation of the user IDs of Closing Time Motors (PDN " + pdn + ")",
            "PDN", pdn);
    Page tasklist = agent.page();
    // our Camunda Form, rendered by Tasklist
    assertThat(tasklist.getByLabel("Dealership", new Page.GetByLabelOptions().setExact(true)).first().inputValue())
        .isEqualTo("Closing Time Motors");
    assertThat(tasklist.getByLabel("Made inactive by").inputValue()).isEqualTo(accessAdmin);
    assertThat(tasklist.getByLabel("User IDs to deactivate").inputValue()).isEqualTo("2");
    assertThat(tasklist.getByLabel("The user IDs", new Page.GetByLabelOptions().setExact(false)).inputValue())
        .contains(active.userId() + ": Dana Dealer").contains(idle.userId() + ": Dana Dealer")
        .contains("(inactive)").doesNotContain(elsewhere.userId());
    browser.screenshot(tasklist, "tasklist-form");
    agent.claim().decide("Deactivate them all");
    browser.screenshot(tasklist, "tasklist-confirm");
    agent.pressComplete();
    TasklistAgent.waitUntil(() -> taskService.createTaskQuery().processInstanceId(instance.getId()).count() == 0,
        "the confirmation to be completed through Tasklist");
    browser.screenshot(tasklist, "tasklist-completed");
    executeJobs(instance.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("the process ended").isZero();
    for (AccountView gone : List.of(active, idle)) {
      AccountView now = accounts.find(gone.userId()).orElseThrow();
      assertThat(now.status()).isEqualTo(DealerUserStatus.DEACTIVATED);
      assertThat(now.applicationCodes()).isEmpty();
      assertThat(body(onlyMailTo(gone.email(), "Your user ID is deactivated"))).contains(gone.userId())
          .contains("your dealership is no longer active");
    }
    assertThat(accounts.find(elsewhere.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(mailTo(elsewhere.email())).isEmpty();

    Page timeline = timeline(admin, pdn);
    assertThat(timeline.locator("#dealership-status").textContent()).isEqualTo("Inactive");
    List<String> events = timeline.locator("#events tbody tr").allInnerTexts();
    assertThat(events).anySatisfy(row -> assertThat(row).contains("INACTIVATED").contains(accessAdmin)
        .contains("Changed from closing.csv: inactive"));
    assertThat(events).anySatisfy(row -> assertThat(row).contains("CONFIRMATION_REQUESTED")
        .contains("2 user IDs listed for the help desk to confirm their deactivation"));
    assertThat(events).anySatisfy(row -> assertThat(row).contains("DEACTIVATION_CONFIRMED").contains("agent")
        .contains("Confirmed the deactivation of the dealership's user IDs"));
    assertThat(events).anySatisfy(row -> assertThat(row).contains("USER_IDS_DEACTIVATED")
        .contains(active.userId()).contains(idle.userId()));
    browser.screenshot(timeline, "timeline");

    // the owner of a deactivated ID can no longer log in
    Page dealer = browser.newPage();
    dealer.navigate(baseUrl() + "/login");
    dealer.getByLabel("User ID").fill(active.userId());
    dealer.getByLabel("Password").fill(PASSWORD);
    dealer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    assertThat(dealer.locator("#login-error").textContent()).startsWith("This user ID has been deactivated.");
    assertThat(dealer.locator("#login-next-step").textContent()).isEqualTo("Request a new user ID");
    assertThat(dealer.url()).doesNotEndWith("/account");
    // the next step's link on the alert (found by this journey: Bootstrap's link blue on the alert's red, 3.4:1)
    browser.assertAccessible(dealer);
    browser.screenshot(dealer, "login-deactivated");
  }

  // --- the access administrator's side: the staff pages

  /** A PDN no dealership has yet. */
  private String newPdn() {
    for (int attempt = 0; attempt < 100; attempt++) {
      String pdn = String.valueOf(ThreadLocalRandom.current().nextInt(50000, 59999));
      if (dealerships.find(pdn).isEmpty()) {
        return pdn;
      }
    }
    throw new AssertionError("no free PDN");
  }

  /** The access administrator logs in at /staff/login and lands on the staff pages. */
  private Page staffLogIn() {
    Page admin = browser.newPage();
    admin.navigate(baseUrl() + "/staff/login");
    browser.assertAccessible(admin);
    admin.getByLabel("User", new Page.GetByLabelOptions().setExact(true)).fill(accessAdmin);
    admin.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(ADMIN_PASSWORD);
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    admin.waitForURL("**/staff");
    PlaywrightAssertions.assertThat(admin.locator("h1")).hasText("Staff pages");
    return admin;
  }

  /** Opens the import page, chooses the file through the browser's file chooser and checks it: the preview. */
  private void upload(Page admin, String importPage, String fileLabel, String fileName, String csv) {
    admin.navigate(baseUrl() + importPage);
    browser.assertAccessible(admin);
    FileChooser chooser = admin.waitForFileChooser(() -> admin.getByLabel(fileLabel).click());
    chooser.setFiles(new FilePayload(fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
    admin.waitForURL("**" + importPage + "/*");
    PlaywrightAssertions.assertThat(admin.locator("#upload-summary")).containsText(fileName);
    browser.assertAccessible(admin);
  }

  private static void importEveryLine(Page admin) {
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import every line")).click();
    admin.locator("#imported").waitFor();
    browser.assertAccessible(admin);
  }

  /** Uploads and imports a master file of these lines (pdn,name,active). */
  private void importMasterFile(Page admin, String... lines) {
    upload(admin, "/staff/dealerships/import", "Dealer master file", "dealers.csv",
        "pdn,name,active\n" + String.join("\n", lines) + "\n");
    importEveryLine(admin);
  }

  /** The dealership's page: its PDN typed in the Dealerships page's form, reached from the staff header's menu. */
  private Page timeline(Page admin, String pdn) {
    admin.navigate(baseUrl() + "/staff");
    admin.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Staff"))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dealerships").setExact(true)).click();
    admin.getByLabel("PDN").fill(pdn);
    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
    admin.waitForURL("**/staff/dealerships?pdn=" + pdn);
    browser.assertAccessible(admin);
    return admin;
  }

  /** An ACTIVE user ID at {@code pdn}, its password {@link #PASSWORD}. */
  private AccountView accountAt(String pdn, String... applications) {
    String userId = uniqueUserId();
    return accounts.provision(new NewAccount(userId, pdn, "Dana", "Dealer", userId + "@dealer.example",
        "555-222-3333", "FINANCE_MANAGER", secrets.hashPassword(PASSWORD),
        List.of(new SecurityAnswer(SecurityQuestion.FIRST_PET, secrets.hashAnswer("Rex"))), List.of(applications),
        null));
  }
}
