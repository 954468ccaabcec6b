package io.dealeraccess.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.DenialCode;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestView;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the help desk works with: task names, the Tasklist filters, coded denials, four eyes. */
class HelpDeskQueueIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private RequestSubmissions requests;
  @Autowired
  private RequestQueries requestQueries;
  @Autowired
  private FilterService filters;
  @Autowired
  private IdentityService identity;

  private RequestView removal(AccountView account, String applicantEmail) {
    RequestView request = requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant("Robin", "Owner", applicantEmail, "555-222-3333", null), List.of("SMARTCASH")));
    executeJobs(instanceOf(request.reference()).getId());
    return request;
  }

  private Task task(RequestView request) {
    return taskService.createTaskQuery().processInstanceBusinessKey(request.reference()).singleResult();
  }

  private List<String> filtered(String filterName) {
    String id = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    return filters.<Task>list(id).stream().map(Task::getId).toList();
  }

  @Test
  void reviewTasksAreNamedWithTheTypeReferenceAndDealership() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = removal(account, account.email());

    assertThat(task(request).getName())
        .isEqualTo("Review remove application access · " + request.reference() + " · Riverside Motors");
  }

  @Test
  void theReviewerSeesTheIdsApplicationsAndEarlierRequests() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    RequestView first = removal(account, account.email());
    taskService.complete(task(first).getId(), org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue("approved", false).putValue("denialCode", "IDENTITY_NOT_CONFIRMED"));
    RequestView second = removal(account, account.email());

    String context = (String) taskService.getVariable(task(second).getId(), "reviewContext");

    assertThat(context).contains("Applications the user ID holds now: IntelliRater, SmartCash")
        .contains(first.reference()).contains("Denied").contains("Identity not confirmed")
        .doesNotContain(second.reference());
  }

  @Test
  void theFiltersSortTheQueue() {
    AccountView account = account("GENERAL_MANAGER", "SMARTCASH");
    RequestView plain = removal(account, account.email());
    RequestView smartAuction = requests.submitAddAccess(account("GENERAL_MANAGER").userId(),
        List.of("SMARTAUCTION"));
    executeJobs(instanceOf(smartAuction.reference()).getId());
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5))));
    executeJobs(instanceOf(plain.reference()).getId());

    assertThat(filtered("Help desk queue")).contains(task(plain).getId(), task(smartAuction).getId());
    assertThat(filtered("Overdue")).contains(task(plain).getId()).doesNotContain(task(smartAuction).getId());
    assertThat(filtered("SmartAuction")).contains(task(smartAuction).getId()).doesNotContain(task(plain).getId());
    assertThat(filtered("Help desk queue")).isSortedAccordingTo((a, b) -> taskService.createTaskQuery().taskId(a)
        .singleResult().getDueDate().compareTo(taskService.createTaskQuery().taskId(b).singleResult().getDueDate()));
  }

  @Test
  void aCodedDenialReachesTheDealerAndTheRecord() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = removal(account, account.email());

    StaffRestClient.Response denied = new StaffRestClient(baseUrl(), "agent", "agent").post("/engine-rest/task/"
        + task(request).getId() + "/complete", "{\"variables\": {\"approved\": {\"value\": false}, "
        + "\"denialCode\": {\"value\": \"IDENTITY_NOT_CONFIRMED\"}}}");
    assertThat(denied.status()).isEqualTo(204);
    executeJobs(instanceOf(request.reference()).getId());

    assertThat(requestQueries.get(request.id()).denialCode()).isEqualTo(DenialCode.IDENTITY_NOT_CONFIRMED);
    assertThat(body(onlyMailTo(account.email(), "was denied"))).contains("Reason: Identity not confirmed");
  }

  @Test
  void nobodyDecidesARequestFromTheirOwnEmailAddress() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String staffId = "eve" + uniqueUserId().substring(1, 7);
    User eve = identity.newUser(staffId);
    eve.setEmail(account.email().toUpperCase());
    eve.setPassword("Eve-Pass-word-1!");
    identity.saveUser(eve);
    identity.createMembership(staffId, "helpdesk");
    RequestView own = removal(account, account.email());

    StaffRestClient.Response refused = new StaffRestClient(baseUrl(), staffId, "Eve-Pass-word-1!")
        .post("/engine-rest/task/" + task(own).getId() + "/complete",
            "{\"variables\": {\"approved\": {\"value\": true}}}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("your own staff account");
    assertThat(task(own)).isNotNull();
    assertThat(new StaffRestClient(baseUrl(), "agent", "agent").post("/engine-rest/task/" + task(own).getId()
        + "/complete", "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
  }
}
