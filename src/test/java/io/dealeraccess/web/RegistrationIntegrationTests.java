package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.request.RequestLinks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A dealer registers through the real web layer; staff decide over the REST API; GreenMail receives the mail. */
class RegistrationIntegrationTests extends IntegrationTestSupport {

  private static final String PASSWORD = "Correct-Horse-Staple-9";

  private static Map<String, Object> details(String userId) {
    return DealerForms.registration(userId);
  }

  /** From the home page through both steps; returns the confirmation page. */
  private Document register(DealerBrowser browser, Map<String, Object> fields) {
    Document home = browser.open("/");
    Document pdnStep = browser.open(home.selectFirst("a:contains(Not registered?)").absUrl("href"));
    Document detailsStep = browser.submit(pdnStep, "form", Map.of("pdn", "10001"));
    assertThat(detailsStep.getElementById("dealership-name").text()).isEqualTo("Riverside Motors");
    return browser.submit(detailsStep, "form", fields);
  }

  private String reviewTaskId(StaffRestClient staff, String reference) {
    StaffRestClient.Response tasks = staff.get("/engine-rest/task?processInstanceBusinessKey=" + reference);
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(tasks.json()).hasSize(1);
    return tasks.json().get(0).get("id").asText();
  }

  @Test
  void aDealerRegistersConfirmsTheEmailIsApprovedOverRestAndLogsIn() {
    String userId = uniqueUserId();
    DealerBrowser dealer = new DealerBrowser(baseUrl());

    Document confirmation = register(dealer, details(userId));

    String reference = confirmation.getElementById("reference").text();
    assertThat(reference).matches("R-[0-9A-Z]{4}-[0-9A-Z]{4}");
    assertThat(confirmation.getElementById("summary").text()).contains("Riverside Motors").contains(userId)
        .contains("SmartCash, IntelliRater").contains("555-123-4567");
    assertThat(confirmation.select("button:contains(Print)")).isNotEmpty();
    assertThat(confirmation.html()).doesNotContain(PASSWORD);

    ProcessInstance instance = instanceOf(reference);
    executeJobs(instance.getId());
    Document verifyPage = dealer.open(verificationLinkOnThisServer(userId + "@riverside.example"));
    Document verified = dealer.submit(verifyPage, "form[action$=/register/verify]", Map.of());
    assertThat(verified.getElementById("outcome-confirmed")).as(verified.text()).isNotNull();
    executeJobs(instance.getId());

    StaffRestClient agent = new StaffRestClient(baseUrl(), "agent", "agent");
    StaffRestClient.Response completed = agent.post("/engine-rest/task/" + reviewTaskId(agent, reference)
        + "/complete", "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}");
    assertThat(completed.status()).isEqualTo(204);
    executeJobs(instance.getId());

    assertThat(body(onlyMailTo(userId + "@riverside.example", "is approved"))).contains(reference).contains(userId);

    Document login = dealer.open("/login");
    Document account = dealer.submit(login, "form", Map.of("userId", userId.toUpperCase(), "password", PASSWORD));
    assertThat(dealer.url()).endsWith("/account");
    assertThat(account.getElementById("account-user-id").text()).isEqualTo(userId);
    assertThat(account.getElementById("account-dealership").text()).contains("Riverside Motors");
    assertThat(account.getElementById("account-applications").text()).contains("SmartCash", "IntelliRater");
  }

  @Autowired
  private RequestLinks requestLinks;

  @Test
  void aConfirmationBeforeTheProcessWaitsForItAsksToTryAgainAndThenWorks() {
    String userId = uniqueUserId();
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    String reference = register(dealer, details(userId)).getElementById("reference").text();
    // the link as the email will carry it, followed before the email's job has committed
    Document verifyPage = dealer.open(onThisServer(requestLinks.verificationLink(reference)));

    Document tooSoon = dealer.submit(verifyPage, "form[action$=/register/verify]", Map.of());

    assertThat(tooSoon.text()).contains("We are still sending your email. Please try again in a minute.");
    assertThat(tooSoon.getElementById("outcome-confirmed")).isNull();
    executeJobs(instanceOf(reference).getId());
    Document verified = dealer.submit(tooSoon, "form[action$=/register/verify]", Map.of());
    assertThat(verified.getElementById("outcome-confirmed")).as(verified.text()).isNotNull();
  }

  @Test
  void restRefusesADenialWithoutAReasonAndSendsTheReasonWhenGiven() {
    String userId = uniqueUserId();
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    String reference = register(dealer, details(userId)).getElementById("reference").text();
    ProcessInstance instance = instanceOf(reference);
    executeJobs(instance.getId());
    dealer.submit(dealer.open(verificationLinkOnThisServer(userId + "@riverside.example")), "form[action$=/register/verify]",
        Map.of());
    executeJobs(instance.getId());
    StaffRestClient supervisor = new StaffRestClient(baseUrl(), "supervisor", "supervisor");
    String taskId = reviewTaskId(supervisor, reference);

    StaffRestClient.Response refused = supervisor.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"approved\": {\"value\": false}}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("A denial needs a reason");
    StaffRestClient.Response noDecision = supervisor.post("/engine-rest/task/" + taskId + "/complete", "{}");
    assertThat(noDecision.status()).isEqualTo(400);
    assertThat(reviewTaskId(supervisor, reference)).isEqualTo(taskId);

    StaffRestClient.Response denied = supervisor.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"approved\": {\"value\": false}, "
            + "\"denialReason\": {\"value\": \"Not employed at the dealership\"}}}");
    assertThat(denied.status()).isEqualTo(204);
    executeJobs(instance.getId());

    assertThat(body(onlyMailTo(userId + "@riverside.example", "was denied")))
        .contains("Reason: Not employed at the dealership");
    Document login = dealer.submit(dealer.open("/login"), "form", Map.of("userId", userId, "password", PASSWORD));
    assertThat(login.getElementById("login-error").text()).isEqualTo("The user ID or password is incorrect.");
  }

  @Test
  void fieldErrorsAppearNextToTheirFieldsAndWhatWasTypedIsKept() {
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();
    Map<String, Object> fields = details("jordan.active");
    fields.put("businessPhone", "12345");
    fields.put("confirmPassword", "Something-Else-123");
    fields.put("question2", "FIRST_PET");
    fields.put("lastName", "");
    fields.put("role", "");

    Document page = register(dealer, fields);

    assertThat(page.getElementById("form-errors")).isNotNull();
    assertThat(errorOf(page, "businessPhone")).contains("10-digit US phone number");
    assertThat(errorOf(page, "userId")).contains("already taken");
    assertThat(errorOf(page, "confirmPassword")).contains("do not match");
    assertThat(errorOf(page, "question2")).contains("three different security questions");
    assertThat(errorOf(page, "lastName")).contains("Enter your last name");
    assertThat(page.getElementById("businessPhone").attr("aria-describedby")).as("the hint stays beside the error")
        .isEqualTo("businessPhone-hint businessPhone-error");
    assertThat(page.select("#form-errors li a").eachAttr("href")).as("the summary links each error to its field")
        .contains("#businessPhone", "#userId", "#confirmPassword", "#question2", "#lastName");
    assertThat(page.getElementById("role").attr("aria-invalid")).as("a drop-down with an error").isEqualTo("true");
    assertThat(page.getElementById("firstName").val()).isEqualTo("Pat");
    assertThat(page.getElementById("email").val()).isEqualTo("jordan.active@riverside.example");
    assertThat(page.select("input[name=applications][checked]")).hasSize(2);
    assertThat(page.getElementById("password").val()).isEmpty();
    assertThat(page.getElementById("confirmPassword").val()).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  /** The summary lists several errors of the same kind: each names its question (found by the outside tester). */
  @Test
  void theSummaryNamesWhichQuestionAndWhichAnswerIsMissing() {
    Map<String, Object> fields = details(uniqueUserId());
    for (int i = 1; i <= 3; i++) {
      fields.put("question" + i, "");
      fields.put("answer" + i, "");
    }
    Document page = register(new DealerBrowser(baseUrl()), fields);

    assertThat(page.select("#form-errors li").eachText()).containsExactlyInAnyOrder("Choose security question 1.",
        "Choose security question 2.", "Choose security question 3.", "Enter an answer to question 1.",
        "Enter an answer to question 2.", "Enter an answer to question 3.");
    assertThat(errorOf(page, "answer2")).isEqualTo("Enter an answer to question 2.");
  }

  /** An emailed link cut short says so at once, not a page with blanks ("Request ." or "(request )"). */
  @Test
  void anEmailedLinkWithoutItsReferenceOrTokenSaysItIsNotValid() {
    DealerBrowser anyone = new DealerBrowser(baseUrl());
    for (String link : List.of("/register/verify", "/register/verify?ref=R-2222-2222",
        "/requests/deactivate/confirm", "/requests/deactivate/confirm?token=abc")) {
      Document page = anyone.open(link);
      assertThat(page.getElementById("outcome-invalid")).as(link).isNotNull();
      assertThat(page.select("main form")).as("nothing to confirm on %s", link).isEmpty();
    }
  }

  @Test
  void aWeakPasswordIsRefusedWithTheRule() {
    String userId = uniqueUserId();
    Map<String, Object> fields = details(userId);
    fields.put("password", "password1234");
    fields.put("confirmPassword", "password1234");

    Document page = register(new DealerBrowser(baseUrl()), fields);

    assertThat(errorOf(page, "password")).contains("too common");
  }

  @Test
  void unknownAndInactivePdnsAskToCheckWithTheOfficeManager() {
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    for (String pdn : List.of("99999", "10020")) {
      Document page = dealer.submit(dealer.open("/register"), "form", Map.of("pdn", pdn));
      assertThat(errorOf(page, "pdn")).contains("check the number with your dealership's office manager");
      assertThat(page.getElementById("pdn").val()).isEqualTo(pdn);
    }
    Document malformed = dealer.submit(dealer.open("/register"), "form", Map.of("pdn", "12ab"));
    assertThat(errorOf(malformed, "pdn")).isEqualTo("A PDN is exactly five digits.");
    assertThat(malformed.getElementById("pdn").attr("aria-describedby")).as("the hint stays beside the error")
        .isEqualTo("pdn-hint pdn-error");
    // pasted with a space: the field takes it whole (no five-character limit cutting a digit), the server trims it
    assertThat(malformed.getElementById("pdn").hasAttr("maxlength")).isFalse();
    Document pasted = dealer.submit(dealer.open("/register"), "form", Map.of("pdn", " 10001 "));
    assertThat(pasted.getElementById("dealership-name").text()).isEqualTo("Riverside Motors");
    Document skipped = dealer.open("/register/details?pdn=10020");
    assertThat(errorOf(skipped, "pdn")).contains("office manager");
  }

  @Test
  void inactiveAndWrongPasswordLoginsAreToldApart() {
    DealerBrowser dealer = new DealerBrowser(baseUrl());

    Document inactive = dealer.submit(dealer.open("/login"), "form",
        Map.of("userId", "casey.idle", "password", "Showroom-Keys-2026"));
    assertThat(inactive.getElementById("login-error").text()).contains("inactive")
        .contains("60 days or more");

    Document wrongPassword = dealer.submit(dealer.open("/login"), "form",
        Map.of("userId", "casey.idle", "password", "not-the-password"));
    assertThat(wrongPassword.getElementById("login-error").text())
        .as("the status is never revealed without the password")
        .isEqualTo("The user ID or password is incorrect.");
  }

  private static String errorOf(Document page, String field) {
    Element error = page.getElementById(field + "-error");
    assertThat(error).as("error message for %s", field).isNotNull();
    return error.text();
  }
}
