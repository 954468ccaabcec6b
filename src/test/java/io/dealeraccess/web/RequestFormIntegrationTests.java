package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.SecurityQuestion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every request type through the real web layer: the User ID Request Form (PDN first) or My Profile, the
 * confirmation, the decision over REST, the email in GreenMail and the changed account in the database.
 */
class RequestFormIntegrationTests extends IntegrationTestSupport {

  private static final Map<String, String> ANSWERS = Map.of(SecurityQuestion.FIRST_PET.text(), "Rex",
      SecurityQuestion.BIRTH_CITY.text(), "Boston", SecurityQuestion.FIRST_CAR.text(), "Ford");

  private final StaffRestClient agent() {
    return new StaffRestClient(baseUrl(), "agent", "agent");
  }

  /** Home page → User ID Request Form → the kind of request → PDN → its form. */
  private Document openForm(DealerBrowser dealer, String kind) {
    Document home = dealer.open("/");
    Document chooser = dealer.open(home.selectFirst("a:contains(User ID Request Form)").absUrl("href"));
    Document pdnStep = dealer.open(chooser.selectFirst("#request-kinds a:contains(" + kind + ")").absUrl("href"));
    Document form = dealer.submit(pdnStep, "main form", Map.of("pdn", "10001"));
    assertThat(form.getElementById("dealership-name").text()).isEqualTo("Riverside Motors");
    return form;
  }

  private static Map<String, Object> person(AccountView account, String email) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("userId", account.userId());
    fields.put("firstName", "Robin");
    fields.put("lastName", "Owner");
    fields.put("email", email);
    fields.put("businessPhone", "555-222-3333");
    return fields;
  }

  /** The help desk decides the request's review task over REST, then its jobs run. */
  private void decide(String reference, String variables) {
    ProcessInstance instance = instanceOf(reference);
    executeJobs(instance.getId());
    String taskId = agent().get("/engine-rest/task?processInstanceBusinessKey=" + reference).json().get(0)
        .get("id").asText();
    StaffRestClient.Response decided = agent().post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": " + variables + "}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(204);
    executeJobs(instance.getId());
  }

  private static final String APPROVE = "{\"approved\": {\"value\": true}}";
  private static final String DENY = "{\"approved\": {\"value\": false}, "
      + "\"denialCode\": {\"value\": \"IDENTITY_NOT_CONFIRMED\"}}";

  private static String errorOf(Document page, String field) {
    assertThat(page.getElementById(field + "-error")).as("error for %s in %s", field, page.text()).isNotNull();
    return page.getElementById(field + "-error").text();
  }

  @Test
  void theRequestFormOffersEveryKindOfRequest() {
    Document chooser = new DealerBrowser(baseUrl()).open("/requests/new");

    assertThat(chooser.select("#request-kinds a strong").eachText()).containsExactly("New user ID",
        "Add application access", "Remove application access", "Reactivate a user ID", "Deactivate a user ID");
    assertThat(chooser.selectFirst("#request-kinds a:contains(New user ID)").attr("href")).isEqualTo("/register");
  }

  @Test
  void removeApplicationAccessFromTheFormToTheChangedAccount() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    Map<String, Object> fields = person(account, account.email());
    fields.put("applications", List.of("SMARTAUCTION"));

    Document refused = dealer.submit(openForm(dealer, "Remove application access"), "main form", fields);
    assertThat(errorOf(refused, "applications")).contains("does not have SmartAuction");

    fields.put("applications", List.of("SMARTCASH"));
    Document confirmation = dealer.submit(refused, "main form", fields);
    String reference = confirmation.getElementById("reference").text();
    assertThat(confirmation.getElementById("summary").text()).contains("Applications to remove SmartCash");
    assertThat((String) runtimeService.getVariable(instanceOf(reference).getId(), "requesterVerified"))
        .as("not logged in: the review says so").startsWith("No: asked on the public form");

    decide(reference, APPROVE);

    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).containsExactly("INTELLIRATER");
    assertThat(body(onlyMailTo(account.email(), "applications removed"))).contains(reference);
  }

  @Test
  void reactivationAsksASecurityQuestionAndEndsWithANewPassword() {
    AccountView account = account("OFFICE_MANAGER", "SMARTCASH");
    accounts.markInactive(account.userId());
    DealerBrowser dealer = new DealerBrowser(baseUrl());

    Document question = dealer.submit(openForm(dealer, "Reactivate a user ID"), "main form",
        person(account, account.email()));
    String asked = question.selectFirst("label[for=answer]").text();
    assertThat(ANSWERS).containsKey(asked);

    Document wrong = dealer.submit(question, "main form", Map.of("answer", "Not it"));
    assertThat(errorOf(wrong, "answer")).contains("2 attempts left");
    Document confirmation = dealer.submit(wrong, "main form", Map.of("answer", ANSWERS.get(asked).toLowerCase()));
    String reference = confirmation.getElementById("reference").text();

    decide(reference, APPROVE);
    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);

    Document oldPassword = dealer.submit(dealer.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", PASSWORD));
    assertThat(oldPassword.getElementById("login-error")).isNotNull();
    String setPassword = onThisServer(link(account.email(), "active again", "/password/set"));
    Document weak = dealer.submit(dealer.open(setPassword), "main form",
        Map.of("password", "password1234", "confirmPassword", "password1234"));
    assertThat(errorOf(weak, "password")).contains("too common");
    Document done = dealer.submit(weak, "main form",
        Map.of("password", "Fresh-Start-Password-2", "confirmPassword", "Fresh-Start-Password-2"));
    assertThat(done.getElementById("password-set")).isNotNull();
    assertThat(dealer.open(setPassword).getElementById("link-invalid")).as("the link works once").isNotNull();

    dealer.submit(dealer.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", "Fresh-Start-Password-2"));
    assertThat(dealer.url()).endsWith("/account");
  }

  @Test
  void someoneWithoutTheEmailOnFileNeitherSeesTheIdsQuestionsNorBlocksItsReactivation() {
    AccountView account = account("OFFICE_MANAGER", "SMARTCASH");
    accounts.markInactive(account.userId());
    DealerBrowser stranger = new DealerBrowser(baseUrl());

    Document question = stranger.submit(openForm(stranger, "Reactivate a user ID"), "main form",
        person(account, "olive.anyone@gmail.example"));
    assertThat(question.selectFirst("label[for=answer]")).as("a question, as for the owner").isNotNull();
    Document answered = question;
    for (int attempt = 0; attempt < 3; attempt++) {
      // even the owner's right answer to the question shown counts for nothing here
      String shown = answered.selectFirst("label[for=answer]").text();
      answered = stranger.submit(answered, "main form", Map.of("answer", ANSWERS.getOrDefault(shown, "guess")));
    }
    assertThat(errorOf(answered, "answer")).contains("blocked until");
    assertThat(answered.getElementById("reference")).isNull();

    assertThat(reactivationAnswers.reactivationBlockedUntil(account.userId())).as("the real ID").isEmpty();
    DealerBrowser owner = new DealerBrowser(baseUrl());
    Document ownersQuestion = owner.submit(openForm(owner, "Reactivate a user ID"), "main form",
        person(account, account.email()));
    String asked = ownersQuestion.selectFirst("label[for=answer]").text();
    Document confirmation = owner.submit(ownersQuestion, "main form", Map.of("answer", ANSWERS.get(asked)));
    assertThat(confirmation.getElementById("reference")).as("the owner reactivates as usual").isNotNull();
  }

  @Test
  void aWrongEmailTellsNothingOfTheIdsState() {
    AccountView active = account("OFFICE_MANAGER");
    DealerBrowser stranger = new DealerBrowser(baseUrl());

    Document page = stranger.submit(openForm(stranger, "Reactivate a user ID"), "main form",
        person(active, "olive.anyone@gmail.example"));

    assertThat(page.text()).doesNotContain("Just log in");
    assertThat(page.selectFirst("label[for=answer]")).isNotNull();
  }

  @Test
  void activeAndDeactivatedIdsAreToldWhatToDoInstead() {
    AccountView active = account("OFFICE_MANAGER");
    AccountView gone = account("OFFICE_MANAGER");
    accounts.deactivate(gone.userId());
    DealerBrowser dealer = new DealerBrowser(baseUrl());

    Document activePage = dealer.submit(openForm(dealer, "Reactivate a user ID"), "main form",
        person(active, active.email()));
    assertThat(errorOf(activePage, "userId")).contains("Just log in");
    Document gonePage = dealer.submit(activePage, "main form", person(gone, gone.email()));
    assertThat(errorOf(gonePage, "userId")).contains("Submit a new user ID request");
  }

  @Test
  void aDeactivationByAnyoneButTheOwnerLocksNothingUntilTheOwnerConfirms() {
    AccountView account = account("SALESPERSON", "SMARTCASH");
    DealerBrowser stranger = new DealerBrowser(baseUrl());
    Map<String, Object> fields = person(account, "olive.anyone@gmail.example");
    fields.put("firstName", "Olive");
    fields.put("lastName", "Anyone");
    fields.put("submittedBy", "DEALERSHIP");
    fields.put("role", "OFFICE_MANAGER");
    fields.put("reason", "LEFT_DEALERSHIP");

    Document confirmation = stranger.submit(openForm(stranger, "Deactivate a user ID"), "main form", fields);
    String reference = confirmation.getElementById("reference").text();
    assertThat(confirmation.getElementById("next-steps").text()).contains("keeps working");

    DealerBrowser owner = new DealerBrowser(baseUrl());
    owner.submit(owner.open("/login"), "main form", Map.of("userId", account.userId(), "password", PASSWORD));
    assertThat(owner.url()).as("the owner still logs in").endsWith("/account");
    decide(reference, DENY);
    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(body(onlyMailTo("olive.anyone@gmail.example", "was denied"))).doesNotContain(account.email());

    // the owner confirms a second request through the link sent to the email on file: locked at once
    Document second = stranger.submit(openForm(stranger, "Deactivate a user ID"), "main form", fields);
    String secondReference = second.getElementById("reference").text();
    executeJobs(instanceOf(secondReference).getId());
    String confirmLink = onThisServer(link(account.email(), secondReference, "/requests/deactivate/confirm"));
    DealerBrowser mailbox = new DealerBrowser(baseUrl());
    Document ask = mailbox.open(confirmLink);
    assertThat(accounts.find(account.userId()).orElseThrow().pendingDeactivation()).as("opening the link")
        .isFalse();
    assertThat(mailbox.submit(ask, "main form", Map.of()).getElementById("outcome-locked")).isNotNull();
    assertThat(loginError(account)).contains("locked while a request to deactivate it");
  }

  /** What the login page says to the ID's owner logging in with the right password now. */
  private String loginError(AccountView account) {
    DealerBrowser browser = new DealerBrowser(baseUrl());
    Document page = browser.submit(browser.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", PASSWORD));
    assertThat(page.getElementById("login-error")).as("a login error on %s", browser.url()).isNotNull();
    return page.getElementById("login-error").text();
  }

  @Test
  void aRemovalAskedByTheOwnerLoggedInIsVerifiedInTheReview() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    DealerBrowser owner = new DealerBrowser(baseUrl());
    owner.submit(owner.open("/login"), "main form", Map.of("userId", account.userId(), "password", PASSWORD));
    Map<String, Object> fields = person(account, account.email());
    fields.put("applications", List.of("INTELLIRATER"));

    Document confirmation = owner.submit(openForm(owner, "Remove application access"), "main form", fields);

    assertThat((String) runtimeService.getVariable(instanceOf(confirmation.getElementById("reference").text())
        .getId(), "requesterVerified")).isEqualTo("Yes: the owner of the user ID, logged in");
  }

  @Test
  void theOwnerLoggedInLocksTheIdAtOnceAndApprovalDeactivatesIt() {
    AccountView account = account("SALESPERSON", "SMARTCASH");
    DealerBrowser owner = new DealerBrowser(baseUrl());
    owner.submit(owner.open("/login"), "main form", Map.of("userId", account.userId(), "password", PASSWORD));
    Map<String, Object> fields = person(account, account.email());
    fields.put("submittedBy", "EMPLOYEE");
    fields.put("role", "SALESPERSON");
    fields.put("reason", "ACCESS_TERMINATED");

    Document confirmation = owner.submit(openForm(owner, "Deactivate a user ID"), "main form", fields);
    String reference = confirmation.getElementById("reference").text();
    assertThat(confirmation.getElementById("next-steps").text()).contains("The user ID is locked now");

    assertThat(loginError(account)).contains("locked while a request to deactivate it");

    decide(reference, APPROVE);

    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.DEACTIVATED);
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).isEmpty();
    onlyMailTo(account.email(), "is deactivated");
    assertThat(loginError(account)).contains("deactivated");
  }

  @Test
  void addApplicationAccessFromMyProfile() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    Document profile = dealer.submit(dealer.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", PASSWORD));
    Document applications = dealer.open(profile.selectFirst("a:contains(View/Request Applications)").absUrl("href"));
    assertThat(applications.getElementById("held-applications").text()).contains("SmartCash");
    Document form = dealer.open(applications.getElementById("request-access").absUrl("href"));

    assertThat(form.select("input[name=applications]").eachAttr("value"))
        .containsExactly("INTELLIRATER", "SMARTAUCTION");
    assertThat(form.selectFirst("input[value=SMARTAUCTION]").hasAttr("disabled"))
        .as("the decision table does not let a finance manager hold SmartAuction").isTrue();
    Document forged = dealer.submit(form, "main form", Map.of("applications", List.of("SMARTAUCTION")));
    assertThat(errorOf(forged, "applications")).contains("your role may hold");

    Document confirmation = dealer.submit(forged, "main form", Map.of("applications", List.of("INTELLIRATER")));
    String reference = confirmation.getElementById("reference").text();
    decide(reference, APPROVE);

    assertThat(dealer.open("/account").getElementById("account-applications").text())
        .contains("SmartCash", "IntelliRater");
    onlyMailTo(account.email(), "applications added");
  }

  @Test
  void smartAuctionTermsAreAcceptedOnTheLinkedPageThenVerifiedInTasklistsApi() {
    AccountView account = account("GENERAL_MANAGER");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    dealer.submit(dealer.open("/login"), "main form", Map.of("userId", account.userId(), "password", PASSWORD));
    Document confirmation = dealer.submit(dealer.open("/account/applications/request"), "main form",
        Map.of("applications", List.of("SMARTAUCTION")));
    String reference = confirmation.getElementById("reference").text();
    assertThat(confirmation.getElementById("next-steps").text()).contains("accept the SmartAuction terms");
    decide(reference, APPROVE);
    String enrollment = runtimeService.createProcessInstanceQuery().processDefinitionKey("smartauction-enrollment")
        .processInstanceBusinessKey(reference).singleResult().getId();
    executeJobs(enrollment);

    Document terms = dealer.open(onThisServer(link(account.email(), "accept the terms", "/smartauction/terms")));
    assertThat(terms.getElementById("terms")).isNotNull();
    Document accepted = dealer.submit(terms, "main form", Map.of());
    assertThat(accepted.getElementById("terms-accepted")).isNotNull();

    String taskId = agent().get("/engine-rest/task?processInstanceId=" + enrollment).json().get(0).get("id").asText();
    assertThat(agent().post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"approved\": {\"value\": \"false\"}}}").status()).isEqualTo(400);
    assertThat(agent().post("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + APPROVE + "}")
        .status()).isEqualTo(204);
    executeJobs(enrollment);

    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).containsExactly("SMARTAUCTION");
    onlyMailTo(account.email(), "SmartAuction is added");
  }

  @Test
  void helpPageGivesThePhoneNumberAndHoursInEasternTime() {
    Document help = new DealerBrowser(baseUrl()).open("/help");

    assertThat(help.getElementById("contact").nextElementSibling().text()).contains("1-800-555-0100");
    assertThat(help.getElementById("help-desk-hours").text()).contains("All times Eastern Time (ET)")
        .contains("Monday 8 am – 10 pm").contains("Sunday Noon – 7 pm");
    assertThat(help.text()).contains("What is a PDN?").contains("try a new code").contains("re-submit");
  }

  @Test
  void loggedInDealersFindTheRequestFormUnderFormsAndResources() {
    AccountView account = account("FINANCE_MANAGER");
    DealerBrowser dealer = new DealerBrowser(baseUrl());
    Document profile = dealer.submit(dealer.open("/login"), "main form",
        Map.of("userId", account.userId(), "password", PASSWORD));

    Document forms = dealer.open(profile.selectFirst("a:contains(Forms & Resources)").absUrl("href"));
    Document requestForm = dealer.open(forms.getElementById("user-id-management").absUrl("href"));

    assertThat(requestForm.select("h1").text()).isEqualTo("User ID Request Form");
  }
}
