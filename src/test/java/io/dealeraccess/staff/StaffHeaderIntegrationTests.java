package io.dealeraccess.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.web.DealerBrowser;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** One staff header on every staff page: who is signed in, and only the pages their groups may open. */
class StaffHeaderIntegrationTests extends IntegrationTestSupport {

  private DealerBrowser signIn(String group) {
    String id = staffMember(group);
    DealerBrowser staff = new DealerBrowser(baseUrl());
    staff.submit(staff.open("/staff/login"), "form", Map.of("username", id, "password", STAFF_PASSWORD));
    return staff;
  }

  private static java.util.List<String> menu(Document page) {
    return page.select("#staff-nav a").eachText();
  }

  @Test
  void anAgentSeesTheirNameAndOnlyTheirPagesAndARefusedPageSaysSoInTheStaffFrame() {
    DealerBrowser agent = signIn(StaffGroups.HELPDESK);

    Document home = agent.open("/staff");
    assertThat(home.getElementById("signed-in-staff").text()).startsWith("Signed in as acc");
    assertThat(menu(home)).contains("Tasklist", "Request timeline", "Identity check", "Dealerships")
        .doesNotContain("Analytics", "Sign-in clients", "Dealer master file", "Emails waiting", "Cockpit");
    // the start page's list offers the same pages as the menu, and the title names the staff product
    assertThat(home.select("main a").eachAttr("href")).contains("/staff/requests", "/staff/identity-check")
        .doesNotContain("/staff/analytics", "/staff/sign-in-clients", "/staff/dealerships/import",
            "/staff/user-ids/import", "/staff/emails");
    assertThat(home.title()).isEqualTo("Staff | Your Lender Dealer Access Desk");

    assertThat(new DealerBrowser(baseUrl()).open("/help").title()).as("a dealer page names the dealer portal")
        .isEqualTo("Help | Your Lender Dealer Services");

    Document refused = agent.open("/staff/analytics");
    assertThat(agent.status()).isEqualTo(403);
    assertThat(refused.selectFirst("h1").text()).isEqualTo("You cannot open this page");
    assertThat(refused.getElementById("signed-in-staff")).as("the staff header, not the dealers' error page")
        .isNotNull();
    assertThat(refused.select("a[href=/login]")).as("no dealer login link").isEmpty();
  }

  @Test
  void anAnalystSeesAnalyticsAndCockpitButNotTheIdentityCheck() {
    Document home = signIn(StaffGroups.ANALYSTS).open("/staff");

    assertThat(menu(home)).contains("Analytics", "Cockpit").doesNotContain("Identity check", "Sign-in clients");
    assertThat(home.select("main a").eachAttr("href")).contains("/staff/analytics")
        .doesNotContain("/staff/identity-check", "/staff/sign-in-clients");
  }

  @Test
  void anAccessAdministratorSeesTheImportsAndSignInClients() {
    Document home = signIn(StaffGroups.ACCESS_ADMINS).open("/staff");

    assertThat(menu(home)).contains("Dealer master file", "User ID import", "Sign-in clients")
        .doesNotContain("Analytics", "Identity check");
  }
}
