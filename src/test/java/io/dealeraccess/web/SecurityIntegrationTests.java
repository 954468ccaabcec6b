package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The security baseline: who may call what, and CSRF on the dealer forms. */
class SecurityIntegrationTests extends IntegrationTestSupport {

  private StaffRestClient as(String user) {
    return new StaffRestClient(baseUrl(), user, user);
  }

  @Test
  void engineRestAnswersOnlyCamundaUsers() {
    assertThat(new StaffRestClient(baseUrl(), null, null).get("/engine-rest/task").status()).isEqualTo(401);
    // a wrong password delays that user's next login (Camunda's throttling): use an account no test logs in with
    assertThat(new StaffRestClient(baseUrl(), "admin", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(new StaffRestClient(baseUrl(), "jordan.active", "Showroom-Keys-2026").get("/engine-rest/task")
        .status()).as("dealer users are not Camunda users").isEqualTo(401);
    assertThat(as("agent").get("/engine-rest/task").status()).isEqualTo(200);
  }

  @Test
  void helpDeskSeesTheQueueFiltersAndReviewersCannotAdministerUsers() {
    StaffRestClient.Response filters = as("agent").get("/engine-rest/filter");
    assertThat(filters.status()).isEqualTo(200);
    assertThat(filters.json().findValuesAsText("name")).contains("Help desk queue", "My tasks");

    StaffRestClient.Response createUser = as("agent").post("/engine-rest/user/create",
        "{\"profile\": {\"id\": \"intruder\"}, \"credentials\": {\"password\": \"intruder\"}}");
    assertThat(createUser.status()).isEqualTo(403);
    assertThat(as("analyst").get("/engine-rest/filter").json()).as("analysts have no Tasklist filters").isEmpty();
  }

  @Test
  void onlyTheHealthEndpointOfTheActuatorIsPublic() {
    DealerBrowser anonymous = new DealerBrowser(baseUrl());
    anonymous.open("/actuator/health");
    assertThat(anonymous.status()).isEqualTo(200);
    anonymous.open("/actuator/env");
    assertThat(anonymous.url()).as("sent to the login page").endsWith("/login");
    anonymous.open("/actuator/beans");
    assertThat(anonymous.url()).endsWith("/login");
  }

  @Test
  void myAccountNeedsALogin() {
    DealerBrowser anonymous = new DealerBrowser(baseUrl());
    anonymous.open("/account");
    assertThat(anonymous.url()).endsWith("/login");
  }

  @Test
  void dealerFormsRefuseAPostWithoutTheCsrfToken() {
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    Document page = dealer.open("/register");
    Document refused = dealer.submit(page, "form", Map.of("pdn", "10001", "_csrf", "forged"));
    assertThat(dealer.status()).isEqualTo(403);
    assertThat(refused.select("h1").text()).isEqualTo("Not allowed");
  }

  @Test
  void theSessionIdChangesAtLogin() {
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    Document login = dealer.open("/login");
    String before = dealer.cookie("JSESSIONID");
    dealer.submit(login, "form", Map.of("userId", "jordan.active", "password", "Showroom-Keys-2026"));
    assertThat(dealer.url()).endsWith("/account");
    assertThat(dealer.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
  }
}
