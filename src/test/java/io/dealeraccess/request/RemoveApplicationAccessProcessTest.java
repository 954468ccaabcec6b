package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.account.AccountView;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class RemoveApplicationAccessProcessTest extends RequestProcessTestSupport {

  private RequestView submit(AccountView account, String email, String... applications) {
    return requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
        new Applicant(account.firstName(), account.lastName(), email, "555-222-3333", null), List.of(applications)));
  }

  @Test
  void approvedRequestRemovesTheApplications() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    RequestView request = submit(account, account.email(), "SMARTCASH");
    ProcessInstance instance = started(request);

    assertThat(instance).hasPassed("Task_SendReceiptEmail", "Task_RunAutomatedChecks")
        .isWaitingAt("Task_ReviewRequest");
    assertThat(reviewTask(instance)).hasCandidateGroup("helpdesk");
    assertThat(history.timeline(request.id()).get(0).getDetail()).as("names, not codes, on the staff timeline")
        .isEqualTo("Remove SmartCash from " + account.userId() + " (requester not verified)");
    assertThat(formOf(instance)).isEqualTo("review-remove-application-access");
    // the form asks no role: the review says so instead of an empty field (found by the outside tester)
    assertThat((String) runtimeService.getVariable(instance.getId(), "applicantRole"))
        .isEqualTo(RequestVariables.NO_ROLE_ASKED);
    // anyone knowing the name and email on file can ask: the owner reads how to stop it (found by the outside tester)
    assertThat(body(onlyMailTo(account.email(), "We received"))).contains("your remove application access request")
        .contains(request.reference()).contains("If you did not ask for this, call the help desk");

    approve(instance);

    assertThat(instance).isEnded().hasPassed("Task_ProvisionAccount", "Task_SendApprovalEmail",
        "EndEvent_RequestApproved");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).containsExactly("INTELLIRATER");
    assertThat(requestQueries.get(request.id()).status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(body(onlyMailTo(account.email(), "applications removed"))).contains("SmartCash is removed")
        .contains(request.reference());
  }

  /**
   * Anyone who knows the name and email on file can ask for a removal on the public form (found by the outside
   * tester): the review says whether the requester was the owner, logged in, or not verified.
   */
  @Test
  void theReviewTellsWhetherTheRequesterWasTheOwnerLoggedIn() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    ProcessInstance byAnyone = started(submit(account, account.email(), "SMARTCASH"));
    ProcessInstance byOwner = started(requests.submitRemoveAccess(new RemoveAccessSubmission("10001",
        account.userId(), applicant(account), List.of("INTELLIRATER")), true));

    assertThat((String) runtimeService.getVariable(byAnyone.getId(), "requesterVerified"))
        .startsWith("No: asked on the public form with the name and email on file, not logged in");
    assertThat((String) runtimeService.getVariable(byOwner.getId(), "requesterVerified"))
        .isEqualTo("Yes: the owner of the user ID, logged in");
    assertThat(formOf(byOwner)).isEqualTo("review-remove-application-access");
  }

  @Test
  void deniedRequestKeepsTheApplicationsAndEmailsTheReason() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    ProcessInstance instance = started(submit(account, account.email(), "SMARTCASH"));

    deny(instance, "Your manager asked us to keep SmartCash");

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestDenied").hasNotPassed("Task_ProvisionAccount");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).containsExactly("SMARTCASH");
    assertThat(body(onlyMailTo(account.email(), "was denied"))).contains("Reason: Your manager asked us")
        .contains("re-submit, complete a new request, making sure to address why the original was denied: "
            + properties.baseUrl() + "/requests/remove");
  }

  @Test
  void aRequestFromAnAddressNotOnFileIsDeniedByTheChecks() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    ProcessInstance instance = started(submit(account, "someone.else@dealer.example", "SMARTCASH"));

    assertThat(instance).isEnded().hasPassed("Task_SendCheckDenialEmail", "EndEvent_RequestAutoDenied");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).containsExactly("SMARTCASH");
    assertThat(body(onlyMailTo("someone.else@dealer.example", "was denied")))
        .contains("do not match our records");
    // the reviewer and the timeline read what failed, not the claim that was checked as if it were true, and no
    // check about an ID the request could not be matched to (found by the outside tester)
    String results = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(RequestVariables.CHECK_RESULTS).singleResult().getValue();
    assertThat(results).contains("FAILED: User ID " + account.userId() + " at PDN 10001 belongs to "
        + "someone.else@dealer.example? No: the email address is not the one on file")
        .doesNotContain("holds every application to remove");
  }

  @Test
  void anApplicationTheIdDoesNotHoldIsDeniedByTheChecks() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = submit(account, account.email(), "INTELLIRATER");
    ProcessInstance instance = started(request);

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestAutoDenied");
    assertThat(requestQueries.get(request.id()).denialReason()).contains("does not have IntelliRater");
  }
}
