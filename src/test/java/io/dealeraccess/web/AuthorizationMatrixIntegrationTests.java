package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestView;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what: every kind of user against the dealer pages, status pages, staff pages, analytics, Camunda's REST
 * API (reading, deciding, deleting, administering users) and the actuator. Each row lists the outcome for anonymous,
 * dealer A, dealer B, agent, supervisor, analyst and admin, in that order.
 */
class AuthorizationMatrixIntegrationTests extends IntegrationTestSupport {

  enum Who { ANONYMOUS, DEALER_A, DEALER_B, AGENT, SUPERVISOR, ANALYST, ADMIN }

  /** OK: 2xx; LOGIN: sent to a login page; 401, 403, 404: that status. */
  enum Outcome { OK, LOGIN, _401, _403, _404 }

  @Autowired
  RequestSubmissions requests;

  private AccountView dealerA;
  private AccountView dealerB;
  private String referenceOfA;
  private final Map<Who, DealerBrowser> browsers = new EnumMap<>(Who.class);

  private record Row(String what, BiFunction<AuthorizationMatrixIntegrationTests, Who, Outcome> probe,
      String expected) {}

  private static final List<Row> MATRIX = List.of(
      // the dealer app
      page("GET /", "/", "OK OK OK OK OK OK OK"),
      page("GET /status", "/status", "OK OK OK OK OK OK OK"),
      page("GET /account (My Profile)", "/account", "LOGIN OK OK 403 403 403 403"),
      page("GET /account/profile", "/account/profile", "LOGIN OK OK 403 403 403 403"),
      page("GET /account/requests", "/account/requests", "LOGIN OK OK 403 403 403 403"),
      new Row("GET /account/requests/{dealer A's reference}",
          (test, who) -> test.open(who, "/account/requests/" + test.referenceOfA), "LOGIN OK 404 403 403 403 403"),
      // staff pages
      page("GET /staff", "/staff", "LOGIN 403 403 OK OK OK OK"),
      page("GET /staff/requests (any request's timeline)", "/staff/requests", "LOGIN 403 403 OK OK OK OK"),
      page("GET /staff/identity-check", "/staff/identity-check", "LOGIN 403 403 OK OK 403 403"),
      page("GET /staff/analytics", "/staff/analytics", "LOGIN 403 403 403 403 OK OK"),
      page("GET /staff/dealerships (a dealership's timeline)", "/staff/dealerships?pdn=10001",
          "LOGIN 403 403 OK OK OK OK"),
      // the dealer master file: access administrators (DealerMasterDataIntegrationTests) and administrators
      page("GET /staff/dealerships/import", "/staff/dealerships/import", "LOGIN 403 403 403 403 403 OK"),
      // the old portal's user IDs: access administrators (LegacyUserIdImportIntegrationTests) and administrators
      page("GET /staff/user-ids/import", "/staff/user-ids/import", "LOGIN 403 403 403 403 403 OK"),
      page("GET /staff/emails (emails waiting)", "/staff/emails", "LOGIN 403 403 403 OK 403 OK"),
      page("GET /staff/analytics/export.csv", "/staff/analytics/export.csv", "LOGIN 403 403 403 403 OK OK"),
      // actuator
      page("GET /actuator/health", "/actuator/health", "OK OK OK OK OK OK OK"),
      page("GET /actuator/prometheus", "/actuator/prometheus", "LOGIN 403 403 403 OK OK OK"),
      // not exposed over the web at all
      page("GET /actuator/env", "/actuator/env", "LOGIN 404 404 404 404 404 404"),
      page("GET /actuator/heapdump", "/actuator/heapdump", "LOGIN 404 404 404 404 404 404"),
      // Camunda's REST API with HTTP Basic, as integrations and scripts call it
      rest("GET /engine-rest/task", (test, client) -> client.get("/engine-rest/task").status(),
          "401 401 401 OK OK OK OK"),
      rest("GET /engine-rest/history/process-instance",
          (test, client) -> client.get("/engine-rest/history/process-instance?maxResults=1").status(),
          "401 401 401 OK OK OK OK"),
      rest("POST /engine-rest/task/{id}/complete (decide)", (test, client) -> client.post("/engine-rest/task/"
          + test.openReviewTask() + "/complete", "{\"variables\": {\"approved\": {\"value\": true}}}").status(),
          // only the help desk decides: an administrator is not a reviewer
          "401 401 401 OK OK 403 403"),
      // a request ends by its decision or expiry: not even an administrator deletes its process (it stayed "in
      // review" for ever, found by the outside tester)
      rest("DELETE /engine-rest/process-instance/{id}", (test, client) -> client.delete(
          "/engine-rest/process-instance/" + test.openRequestInstance()).status(), "401 401 401 403 403 403 403"),
      rest("POST /engine-rest/user/create (administer users)", (test, client) -> {
        String id = uniqueUserId();
        int status = client.post("/engine-rest/user/create", "{\"profile\": {\"id\": \"" + id
            + "\"}, \"credentials\": {\"password\": \"Long-Enough-Pass-1\"}}").status();
        test.processEngine.getIdentityService().deleteUser(id);
        return status;
      }, "401 401 401 403 403 403 OK"),
      rest("GET /api/dealerships/{pdn} (the product's API)", (test, client) -> client.get("/api/dealerships/10001")
          .status(), "401 401 401 403 403 403 OK"),
      rest("POST /engine-rest/authorization/create", (test, client) -> client.post(
          "/engine-rest/authorization/create", "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"agent\", "
              + "\"resourceType\": 0, \"resourceId\": \"*\"}").status(), "401 401 401 403 403 403 OK"));

  private static Row page(String what, String path, String expected) {
    return new Row(what, (test, who) -> test.open(who, path), expected);
  }

  private static Row rest(String what,
      BiFunction<AuthorizationMatrixIntegrationTests, StaffRestClient, Integer> call, String expected) {
    return new Row(what, (test, who) -> outcome(call.apply(test, test.restClient(who)), null), expected);
  }

  @BeforeEach
  void twoDealersAndARequestOfDealerA() {
    dealerA = account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
    dealerB = account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER");
    referenceOfA = submitRemoval(dealerA).reference();
  }

  @TestFactory
  Stream<DynamicNode> everyoneGetsWhatTheirRoleAllowsAndNothingMore() {
    return MATRIX.stream().map(row -> {
      String[] expected = row.expected().split(" ");
      assertThat(expected).as("one outcome per kind of user in %s", row.what()).hasSize(Who.values().length);
      return dynamicContainer(row.what(), Arrays.stream(Who.values()).map(who -> dynamicTest(who + " → "
          + expected[who.ordinal()], () -> assertThat(row.probe().apply(this, who)).as("%s as %s", row.what(), who)
          .isEqualTo(Outcome.valueOf(expected[who.ordinal()].matches("\\d+") ? "_" + expected[who.ordinal()]
              : expected[who.ordinal()])))));
    });
  }

  @TestFactory
  Stream<DynamicNode> dealerBNeverSeesDealerAsRequests() {
    return Stream.of(
        dynamicTest("dealer B's list of requests does not hold dealer A's", () -> {
          String list = browser(Who.DEALER_B).open("/account/requests").text();
          assertThat(list).doesNotContain(referenceOfA).doesNotContain(dealerA.userId());
        }),
        dynamicTest("the status page needs the applicant's email with the reference", () -> {
          DealerBrowser b = browser(Who.DEALER_B);
          Document answer = b.submit(b.open("/status"), "main form", Map.of("reference", referenceOfA,
              "email", dealerB.email()));
          assertThat(answer.text()).doesNotContain(dealerA.userId());
        }),
        dynamicTest("My Profile shows the logged-in dealer's own data only", () -> {
          String profile = browser(Who.DEALER_B).open("/account").text();
          assertThat(profile).contains(dealerB.userId()).doesNotContain(dealerA.userId());
        }),
        dynamicTest("references are not guessable: random, no counter", () -> {
          String other = submitRemoval(dealerA).reference();
          assertThat(other).matches("R-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}").isNotEqualTo(referenceOfA);
        }));
  }

  // --- probes

  private Outcome open(Who who, String path) {
    DealerBrowser browser = browser(who);
    browser.open(path);
    return outcome(browser.status(), browser.url());
  }

  private static Outcome outcome(int status, String url) {
    if (url != null && (url.endsWith("/login") || url.endsWith("/staff/login"))) {
      return Outcome.LOGIN;
    }
    if (status >= 200 && status < 300) {
      return Outcome.OK;
    }
    return switch (status) {
      case 401 -> Outcome._401;
      case 403 -> Outcome._403;
      case 404 -> Outcome._404;
      default -> throw new AssertionError("unexpected status " + status + " at " + url);
    };
  }

  private DealerBrowser browser(Who who) {
    return browsers.computeIfAbsent(who, key -> {
      DealerBrowser browser = new DealerBrowser(baseUrl());
      switch (key) {
        case ANONYMOUS -> { }
        case DEALER_A, DEALER_B -> {
          browser.submit(browser.open("/login"), "main form", Map.of("userId", dealer(key).userId(), "password",
              PASSWORD));
          assertThat(browser.url()).endsWith("/account");
        }
        default -> {
          browser.submit(browser.open("/staff/login"), "main form", Map.of("username", staffId(key), "password",
              staffId(key)));
          assertThat(browser.url()).endsWith("/staff");
        }
      }
      return browser;
    });
  }

  private StaffRestClient restClient(Who who) {
    return switch (who) {
      case ANONYMOUS -> new StaffRestClient(baseUrl(), null, null);
      case DEALER_A, DEALER_B -> new StaffRestClient(baseUrl(), dealer(who).userId(), PASSWORD);
      default -> new StaffRestClient(baseUrl(), staffId(who), staffId(who));
    };
  }

  private AccountView dealer(Who who) {
    return who == Who.DEALER_A ? dealerA : dealerB;
  }

  private static String staffId(Who who) {
    return who.name().toLowerCase();
  }

  // --- fresh state for the calls that change it

  private RequestView submitRemoval(AccountView account) {
    return requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant("Robin", "Owner", account.email(), "555-222-3333", null), List.of("INTELLIRATER")));
  }

  private String openRequestInstance() {
    return instanceOf(submitRemoval(account("OFFICE_MANAGER", "SMARTCASH", "INTELLIRATER")).reference())
        .getId();
  }

  private String openReviewTask() {
    String instance = openRequestInstance();
    executeJobs(instance);
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }
}
