package io.dealeraccess.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.StaffRestClient;
import io.dealeraccess.TasklistSession;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.Applicant;
import io.dealeraccess.request.DeactivationReason;
import io.dealeraccess.request.DeactivationSubmission;
import io.dealeraccess.request.RemoveAccessSubmission;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestSubmissions;
import io.dealeraccess.request.RequestView;
import io.dealeraccess.request.RequestStatus;
import io.dealeraccess.request.SubmittedBy;
import io.dealeraccess.request.RequestView;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review's trust rules, tried through the real HTTP paths a reviewer has: engine REST with Basic and the API
 * Tasklist calls with its session. Each finding of the outside security test is reproduced here; the principles are
 * also tried on paths the finding did not name.
 */
class ReviewTrustIntegrationTests extends IntegrationTestSupport {

  private static final String APPROVE = "{\"variables\": {\"approved\": {\"value\": true}}}";

  @Autowired
  private RequestSubmissions requests;
  @Autowired
  private RequestQueries requestQueries;
  @Autowired
  private IdentityService identity;

  private StaffRestClient agent() {
    return new StaffRestClient(baseUrl(), "agent", "agent");
  }

  /** A request to remove SmartCash from a fresh account, waiting in review. */
  private RequestView removalInReview(AccountView account) {
    RequestView request = requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant("Robin", "Owner", account.email(), "555-222-3333", null), List.of("SMARTCASH")));
    executeJobs(instanceOf(request.reference()).getId());
    assertThat(requestQueries.get(request.id()).status()).isEqualTo(RequestStatus.IN_REVIEW);
    return request;
  }

  private Task review(RequestView request) {
    return taskService.createTaskQuery().processInstanceBusinessKey(request.reference()).singleResult();
  }

  private boolean holdsSmartCash(AccountView account) {
    return accounts.find(account.userId()).orElseThrow().applicationCodes().contains("SMARTCASH");
  }

  /** A help-desk member whose staff email is {@code email}: four eyes must stop them on that person's requests. */
  private String helpDeskMemberWithEmail(String email) {
    String staffId = "eve" + uniqueUserId().substring(1, 7);
    User eve = identity.newUser(staffId);
    eve.setEmail(email);
    eve.setPassword("Eve-Pass-word-1!");
    identity.saveUser(eve);
    identity.createMembership(staffId, "helpdesk");
    return staffId;
  }

  // --- Critical: another request approved by proxy

  @Test
  void approvingOneReviewWithAnotherRequestsIdOverRestIsRefusedAndTouchesNeither() {
    AccountView a = account("FINANCE_MANAGER", "SMARTCASH");
    AccountView b = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView first = removalInReview(a);
    RequestView second = removalInReview(b);

    StaffRestClient.Response forged = agent().post("/engine-rest/task/" + review(first).getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}, \"requestId\": {\"value\": " + second.id()
            + ", \"type\": \"Long\"}}}");
    executeJobs(instanceOf(second.reference()).getId());

    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.json().get("message").asText()).contains("only approved, denialCode and denialReason")
        .contains("requestId");
    assertThat(review(first)).as("A's review stays open").isNotNull();
    assertThat(holdsSmartCash(b)).as("B's SmartCash").isTrue();
    assertThat(requestQueries.get(second.id()).status()).isEqualTo(RequestStatus.IN_REVIEW);
  }

  @Test
  void approvingOneReviewWithAnotherRequestsIdThroughTasklistIsRefused() {
    AccountView b = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView first = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    RequestView second = removalInReview(b);

    StaffRestClient.Response forged = TasklistSession.login(baseUrl(), "agent", "agent").post("task/"
        + review(first).getId() + "/submit-form", "{\"variables\": {\"approved\": {\"value\": true}, "
        + "\"requestId\": {\"value\": " + second.id() + ", \"type\": \"Long\"}}}");

    assertThat(forged.status()).isEqualTo(400);
    assertThat(review(first)).isNotNull();
    assertThat(holdsSmartCash(b)).isTrue();
  }

  @Test
  void tasklistStillCompletesAReviewWithTheDecisionAlone() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = removalInReview(account);

    String instance = instanceOf(request.reference()).getId();
    StaffRestClient.Response approved = TasklistSession.login(baseUrl(), "agent", "agent").post("task/"
        + review(request).getId() + "/submit-form", APPROVE);
    executeJobs(instance);

    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    assertThat(holdsSmartCash(account)).isFalse();
    assertThat(requestQueries.get(request.id()).status()).isEqualTo(RequestStatus.COMPLETED);
  }

  @Test
  void theFormsOwnCompletenessCheckIsAcceptedButNeverStored() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = removalInReview(account);
    String instance = instanceOf(request.reference()).getId();

    StaffRestClient.Response approved = TasklistSession.login(baseUrl(), "agent", "agent").post("task/"
        + review(request).getId() + "/submit-form", "{\"variables\": {\"approved\": {\"value\": \"true\"}, "
        + "\"decisionReady\": {\"value\": true}}}");

    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("decisionReady").count()).as("stored anywhere").isZero();
    executeJobs(instance);
    assertThat(holdsSmartCash(account)).isFalse();
  }

  // --- The reviewer's context is true when the agent opens the review

  @Test
  void theReviewersContextIsReadAgainWhenTheAgentOpensTheReview() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    RequestView request = removalInReview(account);
    String task = review(request).getId();
    assertThat((String) taskService.getVariable(task, "reviewContext"))
        .contains("Applications the user ID holds now: IntelliRater, SmartCash");
    // after the task was created, the ID loses IntelliRater and an earlier request of the same person changes
    accounts.revoke(account.userId(), List.of("INTELLIRATER"));

    StaffRestClient.Response opened = TasklistSession.login(baseUrl(), "agent", "agent").get("task/" + task
        + "/form-variables");

    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    String context = opened.json().path("reviewContext").path("value").asText();
    assertThat(context).contains("Applications the user ID holds now: SmartCash\n")
        .contains("role Finance & Insurance Manager");
    long writes = processEngine.getHistoryService().createHistoricDetailQuery().variableUpdates()
        .processInstanceId(instanceOf(request.reference()).getId()).count();
    TasklistSession.login(baseUrl(), "agent", "agent").get("task/" + task + "/form-variables");
    assertThat(processEngine.getHistoryService().createHistoricDetailQuery().variableUpdates()
        .processInstanceId(instanceOf(request.reference()).getId()).count())
        .as("opened again with nothing changed: nothing written").isEqualTo(writes);
  }

  // --- High: four eyes, three ways round it

  @Test
  void fourEyesHoldsAfterTheReviewerRewritesTheApplicantEmailVariable() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String eve = helpDeskMemberWithEmail(account.email());
    RequestView own = removalInReview(account);
    StaffRestClient asEve = new StaffRestClient(baseUrl(), eve, "Eve-Pass-word-1!");

    StaffRestClient.Response rewrite = asEve.put("/engine-rest/task/" + review(own).getId()
        + "/variables/applicantEmail", "{\"value\": \"someone.else@dealer.example\", \"type\": \"String\"}");
    StaffRestClient.Response approve = asEve.post("/engine-rest/task/" + review(own).getId() + "/complete",
        APPROVE);

    assertThat(rewrite.status()).isEqualTo(403);
    assertThat(taskService.getVariable(review(own).getId(), "applicantEmail")).isEqualTo(account.email());
    assertThat(approve.status()).isEqualTo(400);
    assertThat(approve.json().get("message").asText()).contains("your own staff account");
    assertThat(holdsSmartCash(account)).isTrue();
  }

  @Test
  void fourEyesHoldsWhenTasklistsSubmitFormCarriesAnotherApplicantEmail() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String eve = helpDeskMemberWithEmail(account.email());
    RequestView own = removalInReview(account);

    StaffRestClient.Response approve = TasklistSession.login(baseUrl(), eve, "Eve-Pass-word-1!").post("task/"
        + review(own).getId() + "/submit-form", "{\"variables\": {\"approved\": {\"value\": true}, "
        + "\"applicantEmail\": {\"value\": \"someone.else@dealer.example\"}}}");
    StaffRestClient.Response plain = TasklistSession.login(baseUrl(), eve, "Eve-Pass-word-1!").post("task/"
        + review(own).getId() + "/submit-form", APPROVE);

    assertThat(approve.status()).isEqualTo(400);
    assertThat(plain.status()).isEqualTo(400);
    assertThat(plain.json().get("message").asText()).contains("your own staff account");
    assertThat(holdsSmartCash(account)).isTrue();
  }

  @Test
  void fourEyesHoldsOnTheCompletionUrlWithATrailingSlash() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String eve = helpDeskMemberWithEmail(account.email());
    RequestView own = removalInReview(account);

    StaffRestClient.Response approve = new StaffRestClient(baseUrl(), eve, "Eve-Pass-word-1!")
        .post("/engine-rest/task/" + review(own).getId() + "/complete/", APPROVE);

    assertThat(approve.status()).isEqualTo(400);
    assertThat(review(own)).isNotNull();
    assertThat(holdsSmartCash(account)).isTrue();
  }

  @Test
  void fourEyesAlsoStopsTheOwnerOfTheUserIdWhenSomeoneElseSubmitted() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String eve = helpDeskMemberWithEmail(account.email());
    RequestView request = requests.submitDeactivation(new DeactivationSubmission("10001", account.userId(),
        SubmittedBy.DEALERSHIP, new Applicant("Office", "Manager", "office.manager@dealer.example", "555-222-3333",
            null), DeactivationReason.LEFT_DEALERSHIP), false);
    executeJobs(instanceOf(request.reference()).getId());

    StaffRestClient.Response approve = new StaffRestClient(baseUrl(), eve, "Eve-Pass-word-1!")
        .post("/engine-rest/task/" + review(request).getId() + "/complete", APPROVE);

    assertThat(approve.status()).isEqualTo(400);
    assertThat(approve.json().get("message").asText()).contains("your own staff account");
    assertThat(review(request)).isNotNull();
  }

  // --- Medium: an analyst decides once an agent assigns the task to them

  @Test
  void anAnalystCannotDecideAReviewAnAgentTriedToHandThem() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = removalInReview(account);
    String task = review(request).getId();

    StaffRestClient.Response claimForAnalyst = agent().post("/engine-rest/task/" + task + "/claim",
        "{\"userId\": \"analyst\"}");
    StaffRestClient.Response assignToAnalyst = agent().post("/engine-rest/task/" + task + "/assignee",
        "{\"userId\": \"analyst\"}");
    taskService.setAssignee(task, "analyst"); // even if it were assigned by the system
    StaffRestClient.Response analystDecides = new StaffRestClient(baseUrl(), "analyst", "analyst")
        .post("/engine-rest/task/" + task + "/complete", APPROVE);

    assertThat(claimForAnalyst.status()).isEqualTo(403);
    assertThat(assignToAnalyst.status()).isEqualTo(403);
    assertThat(analystDecides.status()).isEqualTo(403);
    assertThat(review(request)).isNotNull();
    assertThat(holdsSmartCash(account)).isTrue();
  }

  /** Found by the outside tester on the second fix: a claim with no user was an unclaim of someone else's review. */
  @Test
  void nobodyTakesAReviewFromTheColleagueWhoClaimedIt() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String task = review(request).getId();
    assertThat(new StaffRestClient(baseUrl(), "supervisor", "supervisor").post("/engine-rest/task/" + task
        + "/claim", "{\"userId\": \"supervisor\"}").status()).isEqualTo(204);

    StaffRestClient.Response release = agent().post("/engine-rest/task/" + task + "/claim", "{\"userId\": null}");
    StaffRestClient.Response unclaim = agent().post("/engine-rest/task/" + task + "/unclaim", "{}");

    assertThat(release.status()).isEqualTo(403);
    assertThat(unclaim.status()).isEqualTo(403);
    assertThat(review(request).getAssignee()).isEqualTo("supervisor");
  }

  /** Found by the outside tester: the holder's Unclaim was refused (TASK_ASSIGN), so a claimed review was stuck. */
  @Test
  void theAgentWhoClaimedAReviewCanReleaseIt() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String task = review(request).getId();
    assertThat(agent().post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"agent\"}").status())
        .isEqualTo(204);

    StaffRestClient.Response unclaim = agent().post("/engine-rest/task/" + task + "/unclaim", "{}");
    TasklistSession tasklist = TasklistSession.login(baseUrl(), "agent", "agent");
    StaffRestClient.Response tasklistClaim = tasklist.post("task/" + task + "/claim", "{\"userId\": \"agent\"}");
    StaffRestClient.Response tasklistUnclaim = tasklist.post("task/" + task + "/unclaim", "{}");

    assertThat(unclaim.status()).as(unclaim.body()).isEqualTo(204);
    assertThat(tasklistClaim.status()).as(tasklistClaim.body()).isEqualTo(204);
    assertThat(tasklistUnclaim.status()).as(tasklistUnclaim.body()).isEqualTo(204);
    assertThat(review(request).getAssignee()).isNull();
    assertThat(new StaffRestClient(baseUrl(), "supervisor", "supervisor").post("/engine-rest/task/" + task
        + "/claim", "{\"userId\": \"supervisor\"}").status()).as("free for a colleague again").isEqualTo(204);
  }

  /** Found by the outside tester: claiming a review a colleague holds answered 500 (TaskAlreadyClaimedException). */
  @Test
  void claimingAReviewAColleagueHoldsSaysWhoHoldsItAndChangesNothing() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String task = review(request).getId();
    new StaffRestClient(baseUrl(), "supervisor", "supervisor").post("/engine-rest/task/" + task + "/claim",
        "{\"userId\": \"supervisor\"}");

    StaffRestClient.Response claim = agent().post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"agent\"}");

    assertThat(claim.status()).as(claim.body()).isEqualTo(400);
    assertThat(claim.json().path("message").asText()).contains("already claimed by supervisor");
    assertThat(review(request).getAssignee()).isEqualTo("supervisor");
  }

  /** Found by the outside tester: four eyes stopped the agent only at Complete, after they had claimed their own. */
  @Test
  void fourEyesStopsTheAgentAlreadyWhenTheyClaimTheirOwnRequest() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String eve = helpDeskMemberWithEmail(account.email());
    String task = review(removalInReview(account)).getId();

    StaffRestClient.Response claim = new StaffRestClient(baseUrl(), eve, "Eve-Pass-word-1!")
        .post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + eve + "\"}");

    assertThat(claim.status()).as(claim.body()).isEqualTo(403);
    assertThat(claim.json().path("message").asText()).contains("your own");
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  /** Found by the outside tester: an administrator could hand a review to the agent four eyes bars from it. */
  @Test
  void anAdministratorCannotHandAReviewToTheAgentFourEyesBars() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String eve = helpDeskMemberWithEmail(account.email());
    String task = review(removalInReview(account)).getId();

    StaffRestClient.Response assign = new StaffRestClient(baseUrl(), "admin", "admin")
        .post("/engine-rest/task/" + task + "/assignee", "{\"userId\": \"" + eve + "\"}");

    assertThat(assign.status()).as(assign.body()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  /**
   * Found by the outside tester: an administrator suspended a request process (every registration then failed with a
   * 500, a suspended review could not be decided) and deleted, suspended, postponed or switched off a review's SLA
   * timer (no escalation ever). None of it, for anyone; a timer may only be made to fire sooner.
   */
  @Test
  void nobodySuspendsARequestProcessOrSwitchesOffItsSlaTimer() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String instance = instanceOf(request.reference()).getId();
    org.camunda.bpm.engine.runtime.Job timer = managementService.createJobQuery().processInstanceId(instance)
        .timers().singleResult();
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");
    String later = "{\"duedate\": \"" + restDate(timer.getDuedate().toInstant().plusSeconds(86_400)) + "\"}";
    String sooner = "{\"duedate\": \"" + restDate(timer.getDuedate().toInstant().minusSeconds(60)) + "\"}";
    Map<String, StaffRestClient.Response> refused = new java.util.LinkedHashMap<>();
    refused.put("suspend the definition", admin.put("/engine-rest/process-definition/key/remove-application-access"
        + "/suspended", "{\"suspended\": true, \"includeProcessInstances\": true}"));
    refused.put("suspend the instance", admin.put("/engine-rest/process-instance/" + instance + "/suspended",
        "{\"suspended\": true}"));
    refused.put("suspend instances in bulk", admin.put("/engine-rest/process-instance/suspended",
        "{\"processInstanceIds\": [\"" + instance + "\"], \"suspended\": true}"));
    refused.put("suspend the timer", admin.put("/engine-rest/job/" + timer.getId() + "/suspended",
        "{\"suspended\": true}"));
    refused.put("suspend its job definition", admin.put("/engine-rest/job-definition/" + timer.getJobDefinitionId()
        + "/suspended", "{\"suspended\": true, \"includeJobs\": true}"));
    refused.put("switch the timer off", admin.put("/engine-rest/job/" + timer.getId() + "/retries",
        "{\"retries\": 0}"));
    refused.put("postpone the timer", admin.put("/engine-rest/job/" + timer.getId() + "/duedate", later));
    refused.put("recalculate the timer", admin.post("/engine-rest/job/" + timer.getId() + "/duedate/recalculate",
        "{}"));
    refused.put("delete the timer", admin.delete("/engine-rest/job/" + timer.getId()));
    refused.put("delete the review", admin.delete("/engine-rest/task/" + review(request).getId()));
    refused.forEach((what, answer) -> assertThat(answer.status()).as(what + " -> " + answer.body()).isEqualTo(403));

    org.camunda.bpm.engine.runtime.Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after).as("the SLA timer is still there").isNotNull();
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getRetries()).isPositive();
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).active().count()).isEqualTo(1);
    assertThat(repository().createProcessDefinitionQuery().processDefinitionKey("remove-application-access")
        .suspended().count()).isZero();

    // running a timer sooner (the benchmark does) and Cockpit's retry stay
    assertThat(admin.put("/engine-rest/job/" + timer.getId() + "/duedate", sooner).status()).isEqualTo(204);
    assertThat(admin.put("/engine-rest/job/" + timer.getId() + "/retries", "{\"retries\": 3}").status())
        .isEqualTo(204);
  }

  /** Found by the outside tester: negative paging answered 500 from the database. */
  @Test
  void negativePagingIsABadRequest() {
    for (String path : List.of("/engine-rest/task?maxResults=-5", "/engine-rest/task?firstResult=-3&maxResults=2",
        "/engine-rest/history/process-instance?firstResult=-3&maxResults=2")) {
      StaffRestClient.Response answer = agent().get(path);
      assertThat(answer.status()).as(path + " -> " + answer.body()).isEqualTo(400);
    }
    assertThat(agent().get("/engine-rest/task?firstResult=0&maxResults=2").status()).isEqualTo(200);
  }

  private static String restDate(java.time.Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        .format(instant.atZone(java.time.ZoneOffset.UTC));
  }

  /** Found by the outside tester: malformed decisions and unknown tasks answered 500 with engine text. */
  @Test
  void malformedDecisionsAndUnknownReviewsGetAClearAnswerNotAServerError() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = removalInReview(account);
    String task = review(request).getId();
    List<String> malformed = List.of(
        "{\"variables\": {\"approved\": {\"value\": null}}}",
        "{\"variables\": {\"approved\": {\"value\": null, \"type\": \"Null\"}}}",
        "{\"variables\": {\"approved\": {\"value\": \"yes\"}}}",
        "{\"variables\": {\"approved\": {\"value\": \"true\", \"type\": \"Object\", \"valueInfo\": "
            + "{\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": \"application/json\"}}}}",
        "{\"variables\": {\"approved\": {\"value\": \"<a/>\", \"type\": \"Xml\"}}}",
        "{\"variables\": {\"approved\": {\"value\": \"{}\", \"type\": \"Json\"}}}",
        "{\"variables\": {\"approved\": {\"value\": 1, \"type\": \"Integer\"}}}",
        "{\"variables\": {\"approved\": {\"value\": \"true\", \"type\": \"NoSuchType\"}}}",
        "{\"variables\": {\"approved\": {\"value\": false}, \"denialCode\": {\"value\": 7, "
            + "\"type\": \"Long\"}}}",
        "{\"variables\": {\"approved\": {\"value\": false}, \"denialReason\": {\"value\": \"x\", "
            + "\"type\": \"Bytes\"}}}",
        "{\"variables\": []}", "[]", "not json");

    for (String body : malformed) {
      StaffRestClient.Response complete = agent().post("/engine-rest/task/" + task + "/complete", body);
      StaffRestClient.Response submit = agent().post("/engine-rest/task/" + task + "/submit-form", body);
      assertThat(complete.status()).as(body + " -> " + complete.body()).isEqualTo(400);
      assertThat(submit.status()).as(body + " -> " + submit.body()).isEqualTo(400);
    }
    for (String call : List.of("/complete", "/submit-form", "/claim")) {
      StaffRestClient.Response unknown = agent().post("/engine-rest/task/no-such-task" + call,
          call.equals("/claim") ? "{\"userId\": \"agent\"}" : APPROVE);
      assertThat(unknown.status()).as(call + " -> " + unknown.body()).isEqualTo(400);
      assertThat(unknown.json().path("message").asText()).contains("no review no-such-task");
    }
    assertThat(agent().post("/engine-rest/task/no-such-task/unclaim", "{}").status()).isEqualTo(400);
    assertThat(review(request)).isNotNull();
    assertThat(holdsSmartCash(account)).isTrue();
  }

  /** Found in the browser: 1,000 emoji are 1,000 characters, but 2,000 UTF-16 units overflowed the columns (500). */
  @Test
  void aDenialOfAThousandCharactersOfAnyKindIsDecidedAndKept() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String reason = "\uD83D\uDE97".repeat(ReviewDecision.MAX_REASON_LENGTH);

    StaffRestClient.Response deny = agent().post("/engine-rest/task/" + review(request).getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": false}, \"denialCode\": {\"value\": \"OTHER\"}, "
            + "\"denialReason\": {\"value\": \"" + reason + "\"}}}");

    assertThat(deny.status()).as(deny.body()).isEqualTo(204);
    assertThat(requestQueries.get(request.id()).denialReason()).isEqualTo(reason);
  }

  /** Found by the outside tester (third round): a colleague's claimed review could still be completed over the API. */
  @Test
  void onlyTheHolderDecidesAClaimedReviewAndAnUnclaimedOneIsClaimedByWhoeverDecidesIt() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView held = removalInReview(account);
    String task = review(held).getId();
    new StaffRestClient(baseUrl(), "supervisor", "supervisor").post("/engine-rest/task/" + task + "/claim",
        "{\"userId\": \"supervisor\"}");

    StaffRestClient.Response complete = agent().post("/engine-rest/task/" + task + "/complete", APPROVE);
    StaffRestClient.Response submit = TasklistSession.login(baseUrl(), "agent", "agent").post("task/" + task
        + "/submit-form", APPROVE);

    assertThat(complete.status()).as(complete.body()).isEqualTo(403);
    assertThat(complete.json().path("message").asText()).contains("claimed by supervisor");
    assertThat(submit.status()).as(submit.body()).isEqualTo(403);
    assertThat(holdsSmartCash(account)).isTrue();

    RequestView unclaimed = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String open = review(unclaimed).getId();
    assertThat(agent().post("/engine-rest/task/" + open + "/complete", APPROVE).status()).isEqualTo(204);
    assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery().taskId(open).singleResult()
        .getAssignee()).as("the decider on record").isEqualTo("agent");
  }

  /** Found by the outside tester: an approval granted an application the role on file, changed since, may not hold. */
  @Test
  void anApprovalIsRefusedWhenTheRoleOnFileNoLongerAllowsTheApplication() {
    AccountView account = account("GENERAL_MANAGER", "SMARTCASH");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));
    executeJobs(instanceOf(request.reference()).getId());
    accounts.changeRole(account.userId(), "SALESPERSON"); // a role change approved meanwhile
    String task = review(request).getId();

    String context = TasklistSession.login(baseUrl(), "agent", "agent").get("task/" + task + "/form-variables")
        .json().path("reviewContext").path("value").asText();
    StaffRestClient.Response approve = agent().post("/engine-rest/task/" + task + "/complete", APPROVE);

    assertThat(context).contains("The role on file is now Salesperson, which may not hold IntelliRater");
    assertThat(approve.status()).as(approve.body()).isEqualTo(400);
    assertThat(approve.json().path("message").asText()).contains("Role not eligible for the application");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).doesNotContain("INTELLIRATER");
    assertThat(agent().post("/engine-rest/task/" + task + "/complete", "{\"variables\": {\"approved\": {\"value\": "
        + "false}, \"denialCode\": {\"value\": \"ROLE_NOT_ELIGIBLE\"}}}").status()).as("denied instead").isEqualTo(204);
  }

  /** Found by the outside tester: a plus-address of the agent's own mailbox passed four eyes. */
  @Test
  void fourEyesKnowsAPlusAddressIsTheSameMailbox() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String eve = helpDeskMemberWithEmail(account.email().replace("@", "+staff@"));
    String task = review(removalInReview(account)).getId();
    StaffRestClient asEve = new StaffRestClient(baseUrl(), eve, "Eve-Pass-word-1!");

    assertThat(asEve.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + eve + "\"}").status())
        .isEqualTo(403);
    assertThat(asEve.post("/engine-rest/task/" + task + "/complete", APPROVE).status()).isEqualTo(400);
    assertThat(holdsSmartCash(account)).isTrue();
    assertThat(FourEyes.mailbox(" Dana+Dealer@Dealer.Example ")).isEqualTo("dana@dealer.example");
  }

  /** Found by the outside tester: an administrator's delete left the request "in review" for ever. */
  @Test
  void nobodyDeletesARequestsProcessByHand() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String instance = instanceOf(request.reference()).getId();
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");

    StaffRestClient.Response one = admin.delete("/engine-rest/process-instance/" + instance);
    StaffRestClient.Response many = admin.post("/engine-rest/process-instance/delete",
        "{\"processInstanceIds\": [\"" + instance + "\"], \"deleteReason\": \"x\"}");

    assertThat(one.status()).as(one.body()).isEqualTo(403);
    assertThat(many.status()).as(many.body()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
  }

  /** Found by the outside tester: reads of an unknown task or instance answered 500 with engine text. */
  @Test
  void readsOfAnUnknownTaskOrInstanceAreAClearRefusalNotAServerError() {
    TasklistSession tasklist = TasklistSession.login(baseUrl(), "agent", "agent");
    for (String path : List.of("task/no-such-task/deployed-form", "task/no-such-task/rendered-form",
        "task/no-such-task/variables", "task/no-such-task/identity-links", "task/no-such-task/variables/approved",
        "task/no-such-task/variables/approved?deserializeValue=false", "task/no-such-task/localVariables/approved",
        "task/no-such-task/form", "task/no-such-task/form-variables",
        "process-instance/no-such-instance/variables", "process-instance/no-such-instance/variables/approved",
        "execution/no-such-execution/localVariables/approved")) {
      StaffRestClient.Response rest = agent().get("/engine-rest/" + path);
      StaffRestClient.Response inTasklist = tasklist.get(path);
      assertThat(rest.status()).as(path + " -> " + rest.body()).isBetween(400, 404);
      assertThat(inTasklist.status()).as("Tasklist's " + path + " -> " + inTasklist.body()).isBetween(400, 404);
    }
    StaffRestClient.Response condition = agent().post("/engine-rest/condition",
        "{\"variables\": {\"x\": {\"value\": 1}}}");
    assertThat(condition.status()).as(condition.body()).isEqualTo(403);
  }

  // --- Principle 3: agents work tasks, they do not edit them

  @Test
  void agentsCannotRenameReDateOrDelegateAReview() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    Task before = review(request);
    String task = before.getId();

    StaffRestClient.Response rename = agent().put("/engine-rest/task/" + task,
        "{\"name\": \"Nothing to see\", \"due\": \"2030-01-01T00:00:00.000+0000\"}");
    StaffRestClient.Response delegate = agent().post("/engine-rest/task/" + task + "/delegate",
        "{\"userId\": \"analyst\"}");
    StaffRestClient.Response candidate = agent().post("/engine-rest/task/" + task + "/identity-links",
        "{\"userId\": \"analyst\", \"type\": \"candidate\"}");
    StaffRestClient.Response claim = agent().post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"agent\"}");

    assertThat(List.of(rename.status(), delegate.status(), candidate.status())).containsOnly(403);
    assertThat(claim.status()).as("claiming for oneself is the agent's work").isEqualTo(204);
    Task after = review(request);
    assertThat(after.getName()).isEqualTo(before.getName());
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(after.getAssignee()).isEqualTo("agent");
  }

  // --- Principle 2, on paths the finding did not name

  @Test
  void noStaffPathWritesVariablesOfARequestProcess() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = removalInReview(account);
    String task = review(request).getId();
    String instance = instanceOf(request.reference()).getId();
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");
    String email = "{\"value\": \"someone.else@dealer.example\", \"type\": \"String\"}";

    List<StaffRestClient.Response> attempts = List.of(
        agent().post("/engine-rest/task/" + task + "/variables",
            "{\"modifications\": {\"applicantEmail\": " + email + "}}"),
        agent().put("/engine-rest/task/" + task + "/localVariables/applicantEmail", email),
        agent().delete("/engine-rest/task/" + task + "/variables/requestId"),
        agent().put("/engine-rest/process-instance/" + instance + "/variables/applicantEmail", email),
        admin.put("/engine-rest/process-instance/" + instance + "/variables/applicantEmail", email),
        admin.post("/engine-rest/execution/" + instance + "/localVariables",
            "{\"modifications\": {\"applicantEmail\": " + email + "}}"),
        admin.post("/engine-rest/process-instance/variables-async", "{\"processInstanceIds\": [\"" + instance + "\"], "
            + "\"variables\": {\"applicantEmail\": " + email + "}}"),
        agent().post("/engine-rest/task/" + task + "/bpmnError", "{\"errorCode\": \"x\", "
            + "\"variables\": {\"approved\": {\"value\": true}}}"),
        admin.post("/engine-rest/process-instance/" + instance + "/modification", "{\"instructions\": "
            + "[{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_ProvisionAccount\"}]}"));

    assertThat(attempts).extracting(StaffRestClient.Response::status).allMatch(status -> status == 403 || status == 400,
        "refused");
    assertThat(taskService.getVariable(task, "applicantEmail")).isEqualTo(account.email());
    assertThat(taskService.getVariable(task, "requestId")).isEqualTo(request.id());
    assertThat(review(request)).isNotNull();
    assertThat(holdsSmartCash(account)).isTrue();
  }

  @Test
  void resolvingADelegatedReviewCarriesOnlyTheDecisionToo() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String task = review(request).getId();

    StaffRestClient.Response resolve = agent().post("/engine-rest/task/" + task + "/resolve",
        "{\"variables\": {\"requestId\": {\"value\": 1, \"type\": \"Long\"}}}");

    assertThat(resolve.status()).isEqualTo(403);
    assertThat(taskService.getVariable(task, "requestId")).isEqualTo(request.id());
  }

  @Test
  void staffCannotStartARequestProcessOrConfirmAnEmailForTheDealer() {
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");

    StaffRestClient.Response start = admin.post("/engine-rest/process-definition/key/remove-application-access/start",
        "{\"businessKey\": \"R-FORGED\", \"variables\": {}}");
    StaffRestClient.Response message = admin.post("/engine-rest/message", "{\"messageName\": \"Msg_EmailVerified\", "
        + "\"all\": true}");

    assertThat(start.status()).isEqualTo(403);
    assertThat(message.status()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("R-FORGED").count()).isZero();
  }

  // --- Principle 1: the row is the truth, whatever a variable says

  @Test
  void aRequestIdVariableChangedBehindTheEnginesBackDoesNotRedirectTheDecision() {
    AccountView a = account("FINANCE_MANAGER", "SMARTCASH");
    AccountView b = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView first = removalInReview(a);
    RequestView second = removalInReview(b);
    String instance = instanceOf(first.reference()).getId();
    // a path nobody planned for: the variable is rewritten from inside (no staff authentication, no guard)
    runtimeService.setVariable(instance, "requestId", second.id());
    runtimeService.setVariable(instance, "userId", b.userId());

    assertThat(agent().post("/engine-rest/task/" + review(first).getId() + "/complete", APPROVE).status())
        .isEqualTo(204);
    executeJobs(instance);

    assertThat(holdsSmartCash(a)).as("A's own request decided and carried out").isFalse();
    assertThat(holdsSmartCash(b)).as("B untouched").isTrue();
    assertThat(requestQueries.get(first.id()).status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(requestQueries.get(second.id()).status()).isEqualTo(RequestStatus.IN_REVIEW);
  }

  // --- found by the outside tester on the first fix

  @Test
  void aReviewerClaimsForThemselvesOnlyNotForAnotherReviewer() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    String task = review(request).getId();

    StaffRestClient.Response forSupervisor = agent().post("/engine-rest/task/" + task + "/claim",
        "{\"userId\": \"supervisor\"}");

    assertThat(forSupervisor.status()).isEqualTo(403);
    assertThat(review(request).getAssignee()).isNull();
  }

  @Test
  void aStaffMemberCannotChangeTheirOwnEmailToDecideTheirOwnRequest() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    String eve = helpDeskMemberWithEmail(account.email());
    RequestView own = removalInReview(account);
    StaffRestClient asEve = new StaffRestClient(baseUrl(), eve, "Eve-Pass-word-1!");

    StaffRestClient.Response change = asEve.put("/engine-rest/user/" + eve + "/profile",
        "{\"id\": \"" + eve + "\", \"email\": \"someone.else@helpdesk.example\"}");
    StaffRestClient.Response approve = asEve.post("/engine-rest/task/" + review(own).getId() + "/complete",
        APPROVE);

    assertThat(change.status()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId(eve).singleResult().getEmail()).isEqualTo(account.email());
    assertThat(approve.status()).isEqualTo(400);
    assertThat(holdsSmartCash(account)).isTrue();
  }

  @Test
  void aJobExecutedByHandByANonAdministratorIsRefusedBeforeItRunsAndKeepsItsRetriesAndDueDate() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    org.camunda.bpm.engine.runtime.Job timer = managementService.createJobQuery()
        .processInstanceId(instanceOf(request.reference()).getId()).timers().singleResult();

    StaffRestClient.Response analyst = new StaffRestClient(baseUrl(), "analyst", "analyst")
        .post("/engine-rest/job/" + timer.getId() + "/execute", "{}");
    StaffRestClient.Response stacktrace = agent().get("/engine-rest/job/" + timer.getId() + "/stacktrace");

    assertThat(analyst.status()).isEqualTo(403);
    assertThat(stacktrace.status()).isEqualTo(403);
    org.camunda.bpm.engine.runtime.Job after = managementService.createJobQuery().jobId(timer.getId()).singleResult();
    assertThat(after.getRetries()).isEqualTo(timer.getRetries());
    assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
    assertThat(requestQueries.get(request.id()).slaBreached()).isFalse();
  }

  @Test
  void processesAreDeployedWithTheApplicationOnlyAndStartFormsStartNoRequestProcess() {
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");
    String definition = repository().createProcessDefinitionQuery().processDefinitionKey("new-user-id")
        .latestVersion().singleResult().getId();
    long deployments = repository().createDeploymentQuery().count();

    StaffRestClient.Response startForm = admin.post("/engine-rest/process-definition/" + definition
        + "/submit-form", "{\"businessKey\": \"R-FORGED2\", \"variables\": {}}");
    StaffRestClient.Response delete = admin.delete("/engine-rest/deployment/"
        + repository().createProcessDefinitionQuery().processDefinitionId(definition).singleResult()
            .getDeploymentId() + "?cascade=true");

    assertThat(startForm.status()).isEqualTo(403);
    assertThat(delete.status()).isEqualTo(403);
    assertThat(repository().createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("R-FORGED2").count()).isZero();
  }

  @Test
  void evenAnAdministratorCannotRenameReDateOrHandAReviewToANonReviewer() {
    RequestView request = removalInReview(account("FINANCE_MANAGER", "SMARTCASH"));
    Task before = review(request);
    StaffRestClient admin = new StaffRestClient(baseUrl(), "admin", "admin");

    StaffRestClient.Response rename = admin.put("/engine-rest/task/" + before.getId(),
        "{\"name\": \"renamed\"}");
    StaffRestClient.Response toAnalyst = admin.post("/engine-rest/task/" + before.getId() + "/assignee",
        "{\"userId\": \"analyst\"}");

    assertThat(rename.status()).as(rename.body()).isEqualTo(403);
    assertThat(toAnalyst.status()).as(toAnalyst.body()).isEqualTo(403);
    Task after = review(request);
    assertThat(after.getName()).isEqualTo(before.getName());
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(after.getAssignee()).isNull();
  }

  private org.camunda.bpm.engine.RepositoryService repository() {
    return processEngine.getRepositoryService();
  }
}
