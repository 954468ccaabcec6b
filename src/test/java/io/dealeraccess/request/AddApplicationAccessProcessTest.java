package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import io.dealeraccess.account.AccountView;
import io.dealeraccess.smartauction.SmartAuctionTerms;
import java.util.List;
import java.util.Map;
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
        .contains("these applications are added to your user ID " + account.userId() + ": SmartCash.");
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

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestAutoDenied");
    assertThat(requestQueries.get(request.id()).denialReason()).contains("not eligible for SmartAuction");
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
