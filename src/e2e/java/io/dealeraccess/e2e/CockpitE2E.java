package io.dealeraccess.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.staff.StaffGroups;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a process analyst sees of a request in Camunda Cockpit, in a real Chromium: the application lists as their
 * text, no variable of another request type, and the diagram with its labels (a screenshot; the geometry itself is
 * ProcessDiagramLayoutTest's).
 */
class CockpitE2E extends IntegrationTestSupport {

  @RegisterExtension
  static final RealBrowser browser = new RealBrowser();

  @Autowired
  private RequestSubmissions requests;

  @Test
  void anAnalystReadsTheApplicationListsOfAnAddAccessRequestAsText() {
    browser.journey("17-cockpit");
    AccountView account = account("SALES_MANAGER", "SMARTCASH");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));
    String instanceId = instanceOf(request.reference()).getId();
    executeJobs(instanceId);

    Page analyst = browser.newPage(1280, 1000);
    analyst.navigate(baseUrl() + "/camunda/app/cockpit/default/");
    // Cockpit renders its login view more than once while it loads (as Tasklist, see TasklistAgent): wait for its
    // requests to settle, check what the fields hold, and wait until the login view is gone
    analyst.waitForLoadState(LoadState.NETWORKIDLE);
    String id = staffMember(StaffGroups.CAMUNDA_ADMIN);
    Locator username = analyst.getByPlaceholder("Username");
    Locator password = analyst.getByPlaceholder("Password");
    for (int attempt = 0; attempt < 5; attempt++) {
      username.fill(id);
      password.fill(STAFF_PASSWORD);
      if (id.equals(username.inputValue()) && STAFF_PASSWORD.equals(password.inputValue())) {
        break;
      }
    }
    analyst.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    username.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    analyst.waitForLoadState(LoadState.NETWORKIDLE);

    analyst.navigate(baseUrl() + "/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
    Locator rows = analyst.locator(".variable-instances-table tbody tr, [cam-widget-variables-table] tbody tr,"
        + " table.cam-table tbody tr");
    Locator applications = rows.filter(new Locator.FilterOptions().setHasText("eligibleApplications"));
    applications.first().waitFor();
    analyst.locator(".djs-container svg").first().waitFor();
    String table = analyst.locator("table").filter(new Locator.FilterOptions().setHasText("applicationNames"))
        .first().textContent();
    assertThat(table).contains("[\"INTELLIRATER\"]").contains("[\"INTELLIRATER\",\"SMARTAUCTION\"]")
        .doesNotContain("java.util.ArrayList").doesNotContain("deactivationReason")
        .doesNotContain("requesterVerified");
    browser.screenshot(analyst, "add-access-instance");
  }
}
