package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.notification.LocalMailbox;
import io.dealeraccess.notification.MailText;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.staff.StaffGroups;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every dealer and staff page of our own, at 1280 px (a desk) and 390 px (a phone): axe-core (WCAG 2.1 A and AA) on
 * each, a form's state after a failed submission too, no page that scrolls sideways on a phone, and a screenshot of
 * each under target/e2e/12-every-page/. (Camunda's own web apps are covered by the Tasklist journeys.)
 */
class EveryPageE2E extends IntegrationTestSupport {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  @Autowired
  private RequestSubmissions requests;
  @Autowired
  private ApplicationContext context;

  /** The public pages, and the public forms after an empty submission (their error summary and messages). */
  private static final List<String> PUBLIC = List.of("/", "/help", "/login", "/register",
      "/register/details?pdn=10001", "/requests/new", "/requests/remove", "/requests/remove/details?pdn=10001",
      "/requests/reactivate", "/requests/reactivate/details?pdn=10001", "/requests/deactivate",
      "/requests/deactivate/details?pdn=10001", "/status", "/forgot-password", "/forgot-user-id", "/mailbox",
      "/staff/login",
      // an emailed link that no longer works, and a page that does not exist
      "/password/set?user=nobody&expires=1&token=expired", "/forgot-password/reset?user=nobody&expires=1&token=expired",
      "/smartauction/terms?ref=R-2222-2222&token=expired", "/requests/deactivate/confirm?ref=R-2222-2222&token=expired",
      "/email/confirm?user=nobody&email=nobody%40dealer.example&expires=1&token=expired", "/no-such-page");
  private static final List<String> FORMS_SENT_EMPTY = List.of("/register", "/register/details?pdn=10001",
      "/requests/remove/details?pdn=10001", "/requests/deactivate/details?pdn=10001", "/forgot-password",
      "/forgot-user-id", "/status");
  private static final List<String> MY_PROFILE = List.of("/account", "/account/profile", "/account/email",
      "/account/password", "/account/questions", "/account/helpdesk-question", "/account/applications",
      "/account/applications/request", "/account/requests", "/account/forms");
  private static final List<String> MY_PROFILE_SENT_EMPTY = List.of("/account/password", "/account/questions",
      "/account/email");

  private final List<String> sideways = new ArrayList<>();

  @Test
  void everyDealerPageAtADeskAndOnAPhone() {
    browser.journey("12-every-page");
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    AccountView inactive = account("FINANCE_MANAGER", "SMARTCASH");
    accounts.markInactive(inactive.userId());
    AccountView withRequest = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView ownRequest = requests.submitAddAccess(withRequest.userId(), List.of("INTELLIRATER"));
    for (int width : new int[] {1280, 390}) {
      Page visitor = browser.newPage(width, 900);
      for (String path : PUBLIC) {
        check(visitor, path, width);
      }
      for (String path : FORMS_SENT_EMPTY) {
        sendEmpty(visitor, path, width);
      }
      Page dealer = browser.newPage(width, 900);
      logIn(dealer, account.userId());
      for (String path : MY_PROFILE) {
        check(dealer, path, width);
      }
      for (String path : MY_PROFILE_SENT_EMPTY) {
        sendEmpty(dealer, path, width);
      }
      // one of the dealer's own requests, opened from My requests
      Page requester = browser.newPage(width, 900);
      logIn(requester, withRequest.userId());
      check(requester, "/account/requests/" + ownRequest.reference(), width);
      assertThat(requester.locator("main").textContent()).contains(ownRequest.reference());
      // the login refused for an inactive ID, with its "Reactivate your user ID" link
      Page idle = browser.newPage(width, 900);
      idle.navigate(baseUrl() + "/login");
      idle.getByLabel("User ID").fill(inactive.userId());
      idle.getByLabel("Password").fill(PASSWORD);
      idle.locator("main form button[type=submit]").click();
      assertThat(idle.locator("#login-next-step").textContent()).isEqualTo("Reactivate your user ID");
      assertThat(idle.getByLabel("User ID").inputValue()).as("the user ID kept").isEqualTo(inactive.userId());
      look(idle, "/login (inactive user ID)", width);
    }
    assertThat(sideways).as("pages that scroll sideways on a 390 px phone").isEmpty();
  }

  /** An email the product wrote, in the local mailbox: its page as HTML (the email itself too) and as plain text. */
  @Test
  void anEmailInTheLocalMailboxAsHtmlAndAsPlainText() throws Exception {
    browser.journey("12-every-page-mailbox");
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView removal = requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant("Robin", "Owner", account.email(), "555-222-3333", null), List.of("SMARTCASH")));
    executeJobs(instanceOf(removal.reference()).getId());
    MimeMessage receipt = onlyMailTo(account.email(), removal.reference());
    LocalMailbox.deliver(context, receipt);
    for (int width : new int[] {1280, 390}) {
      Page visitor = browser.newPage(width, 900);
      visitor.navigate(baseUrl() + "/mailbox");
      visitor.locator("tbody a").filter(new Locator.FilterOptions().setHasText(removal.reference())).first().click();
      // the email runs no script in its sandboxed frame, so neither Playwright nor axe looks inside it: its address
      // is fetched, and the email itself is checked on a page of its own below
      String frame = visitor.locator("#message-html").getAttribute("src");
      assertThat(visitor.request().get(baseUrl() + frame).text()).contains(removal.reference());
      look(visitor, "/mailbox/message (HTML)", width);
      visitor.locator("#show-plain-text").click();
      assertThat(visitor.locator("main pre").textContent()).contains(removal.reference());
      look(visitor, "/mailbox/message (plain text)", width);

      Page email = browser.newPage(width, 900);
      email.setContent(MailText.html(receipt));
      browser.assertAccessible(email);
      browser.screenshot(email, width + "-the-email-itself");
    }
    assertThat(sideways).as("mailbox pages that scroll sideways on a 390 px phone").isEmpty();
  }

  @Test
  void everyStaffPageForTheGroupsThatMayOpenIt() {
    browser.journey("13-every-staff-page");
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView removal = requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant("Robin", "Owner", account.email(), "555-222-3333", null), List.of("SMARTCASH")));
    executeJobs(instanceOf(removal.reference()).getId());
    List<String> adminPages = List.of("/staff", "/staff/requests?reference=" + removal.reference(),
        "/staff/dealerships", "/staff/dealerships/import", "/staff/user-ids/import", "/staff/sign-in-clients",
        "/staff/analytics", "/staff/emails");
    for (int width : new int[] {1280, 390}) {
      Page admin = browser.newPage(width, 900);
      staffLogIn(admin, staffMember(StaffGroups.CAMUNDA_ADMIN));
      for (String path : adminPages) {
        check(admin, path, width);
      }
      Page agent = browser.newPage(width, 900);
      staffLogIn(agent, staffMember(StaffGroups.HELPDESK));
      check(agent, "/staff/identity-check?userId=" + account.userId(), width);
      check(agent, "/staff/analytics", width);
      assertThat(agent.locator("h1").textContent()).isEqualTo("You cannot open this page");
    }
    assertThat(sideways).as("staff pages that scroll sideways on a 390 px phone").isEmpty();
  }

  private void logIn(Page dealer, String userId) {
    dealer.navigate(baseUrl() + "/login");
    dealer.getByLabel("User ID").fill(userId);
    dealer.getByLabel("Password").fill(PASSWORD);
    dealer.locator("main form button[type=submit]").click();
    dealer.waitForURL("**/account");
  }

  private void staffLogIn(Page staff, String id) {
    staff.navigate(baseUrl() + "/staff/login");
    staff.locator("#username").fill(id);
    staff.locator("#password").fill(STAFF_PASSWORD);
    staff.locator("main form button[type=submit]").click();
    staff.waitForURL("**/staff");
  }

  private void check(Page page, String path, int width) {
    page.navigate(baseUrl() + path);
    look(page, path, width);
  }

  /** The form's first submit button with nothing typed: the page as it comes back with its errors. */
  private void sendEmpty(Page page, String path, int width) {
    page.navigate(baseUrl() + path);
    page.locator("main form[method=post] button[type=submit]:not(.visually-hidden):not([name=newCode])").first()
        .click();
    page.waitForLoadState();
    assertThat(page.locator("#form-errors").count()).as("the error summary on %s", path).isEqualTo(1);
    assertThat(RealBrowser.focusedId(page)).as("the focus on the summary after %s", path).isEqualTo("form-errors");
    assertThat((Boolean) page.evaluate("() => { const fields = Array.from(document.querySelectorAll("
        + "'#form-errors li a[href^=\"#\"]'), a => document.getElementById(a.getAttribute('href').substring(1)));"
        + " return fields.length > 0 && fields.every((field, i) => field && (i === 0"
        + " || fields[i - 1].compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING)); }"))
        .as("the summary lists the errors in the order of their fields on %s", path).isTrue();
    look(page, path + " (sent empty)", width);
  }

  private void look(Page page, String what, int width) {
    assertThat(page.locator("h1").count()).as("a heading on %s", what).isPositive();
    browser.assertAccessible(page);
    if (width < 500 && RealBrowser.scrollsSideways(page)) {
      sideways.add(what);
    }
    browser.screenshot(page, width + "-" + what.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""));
  }
}
