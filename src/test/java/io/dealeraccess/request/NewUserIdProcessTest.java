package io.dealeraccess.request;

import io.dealeraccess.account.ChallengeAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.NewAccount;
import io.dealeraccess.account.SecurityQuestion;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

/** Every path of new-user-id, with the real delegates, database and SMTP (GreenMail). */
class NewUserIdProcessTest extends RequestProcessTestSupport {


  private NewUserIdSubmission submission(String userId, String email, String role, List<String> applications) {
    return new NewUserIdSubmission("10001", "Pat", "Tester", email, "555-123-4567", role, userId,
        "Correct-Horse-Staple-9",
        List.of(new ChallengeAnswer(SecurityQuestion.FIRST_PET, "Rex"),
            new ChallengeAnswer(SecurityQuestion.BIRTH_CITY, "Boston"),
            new ChallengeAnswer(SecurityQuestion.FIRST_CAR, "Ford")),
        applications);
  }

  private RequestView submit(String userId) {
    return requests.submitNewUserId(submission(userId, userId + "@dealer.example", "FINANCE_MANAGER",
        List.of("SMARTCASH", "INTELLIRATER")));
  }

  /** Sends the confirmation email and follows its link, as the applicant would. */
  private void confirmEmail(RequestView request, ProcessInstance instance) {
    executeJobs(instance.getId());
    assertThat(instance).isWaitingAt("Task_WaitForEmailConfirmation");
    Map<String, List<String>> query = UriComponentsBuilder.fromUriString(verificationLink(request.email()))
        .build().getQueryParams();
    assertThat(confirmations.confirmEmail(query.get("ref").get(0), query.get("token").get(0)))
        .isEqualTo(EmailConfirmation.CONFIRMED);
    executeJobs(instance.getId());
  }

  private ProcessInstance submitAndConfirm(String userId) {
    RequestView request = submit(userId);
    ProcessInstance instance = instanceOf(request.reference());
    confirmEmail(request, instance);
    return instance;
  }


  @Autowired
  private RequestLinks requestLinks;

  @Test
  void aConfirmationBeforeTheProcessWaitsForItChangesNothingAndCanBeTriedAgain() {
    RequestView request = submit(uniqueUserId());
    ProcessInstance instance = instanceOf(request.reference());
    // the verification email's job has not run: the process does not wait for the confirmation yet
    assertThat(instance).isWaitingAt("Task_SendVerificationEmail");
    Map<String, List<String>> query = UriComponentsBuilder.fromUriString(
        requestLinks.verificationLink(request.reference())).build().getQueryParams();

    assertThatThrownBy(() -> confirmations.confirmEmail(query.get("ref").get(0), query.get("token").get(0)))
        .isInstanceOf(ProcessNotWaitingException.class);

    assertThat(requestQueries.findByReference(request.reference()).orElseThrow().emailVerifiedAt())
        .as("rolled back with the message").isNull();
    executeJobs(instance.getId());
    assertThat(confirmations.confirmEmail(query.get("ref").get(0), query.get("token").get(0)))
        .isEqualTo(EmailConfirmation.CONFIRMED);
  }

  @Test
  void approvedRequestOpensTheUserIdAndEmailsTheApplicant() {
    String userId = uniqueUserId();
    RequestView request = submit(userId);
    ProcessInstance instance = instanceOf(request.reference());
    assertThat(instance).isStarted().isWaitingAt("Task_SendVerificationEmail");

    confirmEmail(request, instance);

    assertThat(instance).hasPassed("Task_SendReceiptEmail", "Task_RunAutomatedChecks", "Task_StartSlaClock")
        .isWaitingAt("Task_ReviewRequest");
    assertThat(reviewTask(instance)).hasCandidateGroup("helpdesk");
    assertThat(formOf(instance)).isEqualTo("review-new-user-id");
    onlyMailTo(request.email(), "We received your user ID request");

    taskService.complete(reviewTask(instance).getId(), withVariables("approved", true));
    executeJobs(instance.getId());

    assertThat(instance).hasPassed("Task_ProvisionAccount", "Task_SendApprovalEmail").isEnded()
        .hasPassed("EndEvent_RequestApproved");
    AccountView account = accounts.find(userId).orElseThrow();
    assertThat(account.status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(account.applicationCodes()).containsExactly("INTELLIRATER", "SMARTCASH");
    assertThat(requestQueries.get(request.id()).status()).isEqualTo(RequestStatus.COMPLETED);
    String approval = body(onlyMailTo(request.email(), "is approved"));
    assertThat(approval).contains(request.reference()).contains(userId).contains("/login");
  }

  @Test
  void smartAuctionForANewUserIdFollowsTheApprovalAsItsAdditionalSteps() {
    String userId = uniqueUserId();
    RequestView request = requests.submitNewUserId(submission(userId, userId + "@dealer.example",
        "GENERAL_MANAGER", List.of("SMARTCASH", "SMARTAUCTION")));
    ProcessInstance instance = instanceOf(request.reference());
    confirmEmail(request, instance);

    approve(instance);

    assertThat(instance).hasPassed("Task_ProvisionAccount", "Task_SendApprovalEmail")
        .isWaitingAt("CallActivity_SmartAuctionEnrollment");
    assertThat(accounts.find(userId).orElseThrow().applicationCodes()).containsExactly("SMARTCASH");
    assertThat(body(onlyMailTo(request.email(), "is approved"))).contains("SmartAuction needs additional steps");
    executeJobs(calledProcessInstance("smartauction-enrollment", instance).getId());
    assertThat(body(onlyMailTo(request.email(), "accept the terms"))).contains("/smartauction/terms");
  }

  @Test
  void deniedRequestEmailsTheReason() {
    String userId = uniqueUserId();
    ProcessInstance instance = submitAndConfirm(userId);

    taskService.complete(reviewTask(instance).getId(),
        withVariables("approved", "false", "denialReason", "Not employed at the dealership"));
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed("Task_SendDenialEmail", "EndEvent_RequestDenied")
        .hasNotPassed("Task_ProvisionAccount");
    assertThat(instance).variables().containsEntry("approved", false);
    assertThat(accounts.find(userId)).isEmpty();
    RequestView request = requestQueries.findByReference(instance.getBusinessKey()).orElseThrow();
    assertThat(request.status()).isEqualTo(RequestStatus.DENIED);
    assertThat(request.denialReason()).isEqualTo("Not employed at the dealership");
    String denial = body(onlyMailTo(request.email(), "was denied"));
    assertThat(denial).contains("Reason: Not employed at the dealership").contains(request.reference())
        .contains("complete another registration request");
  }

  @Test
  void aDenialWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = submitAndConfirm(uniqueUserId());
    Task review = reviewTask(instance);

    assertThatThrownBy(() -> taskService.complete(review.getId(), withVariables("approved", false)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("A denial needs a reason");

    assertThat(instance).isWaitingAt("Task_ReviewRequest");
    assertThat(reviewTask(instance).getId()).isEqualTo(review.getId());
  }

  @Test
  void aSecondUserIdAtTheSamePdnIsDeniedByTheChecks() {
    // jordan.active already holds a user ID at PDN 10001 (demo data)
    RequestView request = requests.submitNewUserId(submission(uniqueUserId(), "jordan.active@riverside.example",
        "FINANCE_MANAGER", List.of("SMARTCASH")));
    ProcessInstance instance = instanceOf(request.reference());

    confirmEmail(request, instance);

    assertThat(instance).isEnded().hasPassed("Task_RunAutomatedChecks", "Task_SendCheckDenialEmail",
        "EndEvent_RequestAutoDenied").hasNotPassed("Task_ReviewRequest");
    assertThat(requestQueries.get(request.id()).status()).isEqualTo(RequestStatus.DENIED);
    assertThat(body(onlyMailTo("jordan.active@riverside.example", "was denied")))
        .contains("only one user ID per PDN");
  }

  @Test
  void aUserIdTakenAfterSubmissionIsDeniedByTheChecks() {
    String userId = uniqueUserId();
    RequestView request = submit(userId);
    ProcessInstance instance = instanceOf(request.reference());
    accounts.provision(new NewAccount(userId, "10002", "Other", "Person", "other-" + userId + "@dealer.example",
        "555-000-0000", "OWNER", "{noop}x", List.of(), List.of(), null));

    confirmEmail(request, instance);

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestAutoDenied");
    assertThat(requestQueries.get(request.id()).denialReason()).contains("was taken by someone else");
  }

  @Test
  void aRoleNotEligibleForAnApplicationIsDeniedByTheDecisionTable() {
    RequestView request = requests.submitNewUserId(submission(uniqueUserId(), uniqueUserId() + "@dealer.example",
        "SALESPERSON", List.of("SMARTCASH")));
    ProcessInstance instance = instanceOf(request.reference());

    confirmEmail(request, instance);

    assertThat(instance).isEnded().hasPassed("Task_DecideEligibleApplications", "Task_RunAutomatedChecks",
        "Task_SendCheckDenialEmail", "EndEvent_RequestAutoDenied").hasNotPassed("Task_StartSlaClock");
    // the table decided, in the process: a salesperson may hold nothing, so SmartCash failed the checks
    HistoricDecisionInstance decision = eligibilityDecision(instance);
    assertThat(decidedRole(decision)).isEqualTo("SALESPERSON");
    assertThat(decidedApplications(decision)).isEmpty();
    RequestView denied = requestQueries.get(request.id());
    assertThat(denied.denialReason()).isEqualTo(notEligible("SmartCash", "it"));
    assertThat(denied.checkResults()).contains("FAILED: Role Salesperson may hold SmartCash");
    assertThat(body(onlyMailTo(request.email(), "was denied"))).contains(notEligible("SmartCash", "it"));
  }

  @Test
  void anEligibleRolePassesTheChecksByTheDecisionTablesAnswer() {
    String userId = uniqueUserId();
    RequestView request = requests.submitNewUserId(submission(userId, userId + "@dealer.example",
        "USED_CAR_MANAGER", List.of("INTELLIRATER", "SMARTAUCTION")));
    ProcessInstance instance = instanceOf(request.reference());

    confirmEmail(request, instance);

    assertThat(instance).hasPassed("Task_DecideEligibleApplications", "Task_RunAutomatedChecks")
        .isWaitingAt("Task_ReviewRequest");
    HistoricDecisionInstance decision = eligibilityDecision(instance);
    assertThat(decidedRole(decision)).isEqualTo("USED_CAR_MANAGER");
    assertThat(decidedApplications(decision)).containsExactly("INTELLIRATER", "SMARTAUCTION");
    // the process carries the table's answer, which the checks judged by
    assertThat(runtimeService.getVariable(instance.getId(), RequestVariables.ROLE)).isEqualTo("USED_CAR_MANAGER");
    assertThat(jsonVariable(instance, RequestVariables.ELIGIBLE_APPLICATIONS))
        .isEqualTo("[\"INTELLIRATER\",\"SMARTAUCTION\"]");
    assertThat((String) runtimeService.getVariable(instance.getId(), RequestVariables.CHECK_RESULTS))
        .contains("PASSED: Role Used Car Manager may hold IntelliRater, SmartAuction");
  }

  @Test
  void anUnconfirmedRequestExpiresAfterThreeDays() {
    setClock("2026-11-18T09:00");
    RequestView request = submit(uniqueUserId());
    ProcessInstance instance = instanceOf(request.reference());
    executeJobs(instance.getId());

    setClock("2026-11-21T08:59");
    executeJobs(instance.getId());
    assertThat(instance).isWaitingAt("Task_WaitForEmailConfirmation");

    setClock("2026-11-21T09:01");
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed("Task_ExpireRequest", "Task_SendExpiryEmail", "EndEvent_RequestExpired");
    assertThat(requestQueries.get(request.id()).status()).isEqualTo(RequestStatus.EXPIRED);
    assertThat(body(onlyMailTo(request.email(), "has expired"))).contains(request.reference());
    Map<String, List<String>> link = UriComponentsBuilder.fromUriString(verificationLink(request.email()))
        .build().getQueryParams();
    assertThat(confirmations.confirmEmail(request.reference(), link.get("token").get(0)))
        .isEqualTo(EmailConfirmation.EXPIRED);
  }

  @Test
  void theReviewIsDueOneBusinessDayLater() {
    setClock("2026-11-20T15:00"); // a Friday
    ProcessInstance instance = submitAndConfirm(uniqueUserId());

    Date expected = Date.from(LocalDateTime.parse("2026-11-23T15:00").atZone(NEW_YORK).toInstant());
    assertThat(reviewTask(instance).getDueDate()).isEqualTo(expected);
    assertThat(instance).variables().containsEntry("slaDueAt", expected);
  }

  @Test
  void aMissedSlaAlertsSupervisorsAndKeepsTheTaskOpen() {
    setClock("2026-11-20T15:00");
    ProcessInstance instance = submitAndConfirm(uniqueUserId());
    Task review = reviewTask(instance);

    setClock("2026-11-23T14:59");
    executeJobs(instance.getId());
    assertThat(instance).hasNotPassed("Task_SendEscalationEmail");

    setClock("2026-11-23T15:01");
    executeJobs(instance.getId());

    assertThat(instance).hasPassed("Task_MarkSlaBreached", "Task_SendEscalationEmail", "EndEvent_SlaEscalated")
        .isWaitingAt("Task_ReviewRequest");
    assertThat(reviewTask(instance).getId()).isEqualTo(review.getId());
    assertThat(instance).variables().containsEntry("slaBreached", true);
    assertThat(requestQueries.findByReference(instance.getBusinessKey()).orElseThrow().slaBreached()).isTrue();
    assertThat(body(onlyMailTo("supervisor@helpdesk.example", "Overdue review")))
        .contains(instance.getBusinessKey());
    assertThat(mailTo("agent@helpdesk.example")).isEmpty();

    taskService.complete(review.getId(), withVariables("approved", true));
    executeJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed("EndEvent_RequestApproved");
  }

  @Test
  void followingTheConfirmationLinkAgainChangesNothing() {
    RequestView request = submit(uniqueUserId());
    ProcessInstance instance = instanceOf(request.reference());
    confirmEmail(request, instance);
    String token = UriComponentsBuilder.fromUriString(verificationLink(request.email())).build().getQueryParams()
        .get("token").get(0);

    assertThat(confirmations.confirmEmail(request.reference(), token)).isEqualTo(EmailConfirmation.ALREADY_CONFIRMED);
    assertThat(confirmations.confirmEmail(request.reference(), token + "x")).isEqualTo(EmailConfirmation.INVALID);
    assertThat(confirmations.confirmEmail("R-NOPE-NOPE", token)).isEqualTo(EmailConfirmation.INVALID);
    assertThat(instance).isWaitingAt("Task_ReviewRequest");
  }


}
