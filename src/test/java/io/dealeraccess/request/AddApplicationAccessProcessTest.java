package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import io.dealeraccess.account.AccountView;
import io.dealeraccess.smartauction.SmartAuctionTerms;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AddApplicationAccessProcessTest extends RequestProcessTestSupport {

  @Autowired
  private SmartAuctionTerms terms;

  @Test
  void approvedRequestGrantsTheApplications() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));
    ProcessInstance instance = started(request);
    assertThat(instance).isWaitingAt("Task_ReviewRequest");
    assertThat(formOf(instance)).isEqualTo("review-add-application-access");
    assertThat(instance).variables().containsEntry("applicationNames", "IntelliRater")
        .containsEntry("smartAuctionRequested", false);
    assertThat(jsonVariable(instance, "applications")).isEqualTo("[\"INTELLIRATER\"]");
    assertThat(runtimeService.getVariables(instance.getId())).as("no variable of another request type")
        .doesNotContainKeys("deactivationReason", "requesterVerified", "submittedBy")
        .doesNotContainValue(null);

    // the staff timeline in the product's words: the application's name, not its code (found by the outside tester)
    assertThat(history.timeline(request.id()).get(0).getDetail()).isEqualTo("Add IntelliRater to " + account.userId());
    approve(instance);

    assertThat(instance).isEnded().hasPassed("Task_ProvisionAccount", "Task_SendApprovalEmail",
        "EndEvent_RequestApproved").hasNotPassed("CallActivity_SmartAuctionEnrollment");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes())
        .containsExactly("INTELLIRATER", "SMARTCASH");
    assertThat(body(onlyMailTo(account.email(), "applications added"))).contains("IntelliRater")
        .doesNotContain("SmartAuction needs additional steps");
  }

  @Test
  void smartAuctionIsGrantedOnlyAfterTheTermsAreAcceptedAndTheEnrollmentVerified() {
    AccountView account = account("GENERAL_MANAGER");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("SMARTCASH", "SMARTAUCTION"));
    ProcessInstance instance = started(request);
    approve(instance);

    assertThat(instance).hasPassed("Task_SendApprovalEmail").isWaitingAt("CallActivity_SmartAuctionEnrollment");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).containsExactly("SMARTCASH");
    // SmartAuction is not "added" by this approval: its own steps come first (found by the outside tester)
    assertThat(body(onlyMailTo(account.email(), "applications added"))).contains("SmartAuction needs additional steps")
        .contains("Added to your user ID " + account.userId() + " now: SmartCash.");
    ProcessInstance enrollment = calledProcessInstance("smartauction-enrollment", instance);
    executeJobs(enrollment.getId());
    assertThat(enrollment).isWaitingAt("Task_WaitForTermsAcceptance");

    Map<String, String> link = linkParams(account.email(), "accept the terms", "/smartauction/terms");
    assertThat(terms.accept(link.get("ref"), link.get("token") + "x")).isEqualTo(SmartAuctionTerms.Outcome.INVALID);
    assertThat(terms.accept(link.get("ref"), link.get("token"))).isEqualTo(SmartAuctionTerms.Outcome.ACCEPTED);
    assertThat(terms.accept(link.get("ref"), link.get("token"))).isEqualTo(SmartAuctionTerms.Outcome.NOT_WAITING);

    assertThat(enrollment).isWaitingAt("Task_VerifySmartAuctionEnrollment");
    assertThat(reviewTask(enrollment)).hasCandidateGroup("helpdesk");
    assertThat(formOf(enrollment)).isEqualTo("verify-smartauction-enrollment");
    approve(enrollment);

    assertThat(enrollment).isEnded().hasPassed("Task_GrantSmartAuction", "EndEvent_SmartAuctionGranted");
    assertThat(instance).isEnded().hasPassed("EndEvent_SmartAuctionStepsDone");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes())
        .containsExactly("SMARTAUCTION", "SMARTCASH");
    onlyMailTo(account.email(), "SmartAuction is added");
    assertThat(requestQueries.get(request.id()).decision()).as("the enrollment does not change the request's decision")
        .isEqualTo("APPROVED");
  }

  @Test
  void aRoleNotEligibleIsDeniedByTheDecisionTable() {
    AccountView account = account("SALESPERSON");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("SMARTAUCTION"));
    ProcessInstance instance = started(request);

    assertThat(instance).isEnded().hasPassed("Task_DecideEligibleApplications", "Task_RunAutomatedChecks",
        "Task_SendCheckDenialEmail", "EndEvent_RequestAutoDenied");
    HistoricDecisionInstance decision = eligibilityDecision(instance);
    assertThat(decidedRole(decision)).isEqualTo("SALESPERSON");
    assertThat(decidedApplications(decision)).isEmpty();
    assertThat(requestQueries.get(request.id()).denialReason()).isEqualTo(notEligible("SmartAuction", "it"));
    assertThat(body(onlyMailTo(account.email(), "was denied"))).contains(notEligible("SmartAuction", "it"));
  }

  @Test
  void anEligibleRoleOnFilePassesTheChecksByTheDecisionTablesAnswer() {
    AccountView account = account("SALES_MANAGER");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("INTELLIRATER", "SMARTAUCTION"));
    ProcessInstance instance = started(request);

    assertThat(instance).hasPassed("Task_DecideEligibleApplications", "Task_RunAutomatedChecks")
        .isWaitingAt("Task_ReviewRequest");
    HistoricDecisionInstance decision = eligibilityDecision(instance);
    assertThat(decidedRole(decision)).isEqualTo("SALES_MANAGER");
    assertThat(decidedApplications(decision)).containsExactly("INTELLIRATER", "SMARTAUCTION");
    assertThat(instance).variables().containsEntry(RequestVariables.ROLE, "SALES_MANAGER");
    assertThat(jsonVariable(instance, RequestVariables.ELIGIBLE_APPLICATIONS))
        .isEqualTo("[\"INTELLIRATER\",\"SMARTAUCTION\"]");
    assertThat((String) runtimeService.getVariable(instance.getId(), RequestVariables.CHECK_RESULTS))
        .contains("PASSED: Role Sales Manager may hold IntelliRater, SmartAuction");
  }

  /** The table decides on the role on file when the checks run, as the checks did before it was in the diagram. */
  @Test
  void theRoleOnFileWhenTheChecksRunIsWhatTheTableDecidesOn() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));
    accounts.changeRole(account.userId(), "ACCOUNTING");

    ProcessInstance instance = started(request);

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestAutoDenied");
    HistoricDecisionInstance decision = eligibilityDecision(instance);
    assertThat(decidedRole(decision)).isEqualTo("ACCOUNTING");
    assertThat(decidedApplications(decision)).containsExactly("SMARTCASH");
    assertThat(requestQueries.get(request.id()).denialReason()).isEqualTo(notEligible("IntelliRater", "it"));
  }

  /** The checks have no eligibility rule of their own: without the table's decision they refuse to judge. */
  @Test
  void theChecksDoNotJudgeEligibilityWithoutTheTablesDecision() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));
    ProcessInstance instance = instanceOf(request.reference());

    assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(instance.getId())
        .cancelAllForActivity("Task_SendReceiptEmail").startBeforeActivity("Task_RunAutomatedChecks").execute())
        .hasMessageContaining("the process decided no eligibility for role FINANCE_MANAGER");

    assertThat(instance).isWaitingAt("Task_SendReceiptEmail");
    assertThat(requestQueries.get(request.id()).checksPassed()).as("nothing was judged").isNull();
  }

  @Test
  void anApplicationAlreadyHeldIsDeniedByTheChecks() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = requests.submitAddAccess(account.userId(), List.of("SMARTCASH"));
    ProcessInstance instance = started(request);

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestAutoDenied");
    assertThat(requestQueries.get(request.id()).denialReason()).contains("already has SmartCash");
  }

  @Test
  void deniedRequestGrantsNothing() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    ProcessInstance instance = started(requests.submitAddAccess(account.userId(), List.of("INTELLIRATER")));

    deny(instance, "Role not eligible for the application");

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestDenied");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).containsExactly("SMARTCASH");
  }
}
