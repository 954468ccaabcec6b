package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.account.AccountView;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** A role change is a request the help desk verifies; until then the ID keeps the role on file. */
class ChangeRoleProcessTest extends RequestProcessTestSupport {

  @Test
  void anApprovedRoleChangeSetsTheNewRole() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    RequestView request = requests.submitRoleChange(account.userId(), "GENERAL_MANAGER");
    ProcessInstance instance = started(request);

    assertThat(instance).hasPassed("Task_SendReceiptEmail", "Task_RunAutomatedChecks")
        .isWaitingAt("Task_ReviewRequest");
    assertThat(reviewTask(instance)).hasCandidateGroup("helpdesk");
    assertThat(formOf(instance)).isEqualTo("review-change-role");
    assertThat((String) runtimeService.getVariable(instance.getId(), "checkResults"))
        .contains("Role now: Finance & Insurance Manager; requested: General Manager");
    assertThat(accounts.find(account.userId()).orElseThrow().role()).as("until the decision")
        .isEqualTo("FINANCE_MANAGER");

    approve(instance);

    assertThat(instance).isEnded().hasPassed("Task_ProvisionAccount", "EndEvent_RequestApproved");
    assertThat(accounts.find(account.userId()).orElseThrow().role()).isEqualTo("GENERAL_MANAGER");
    assertThat(body(onlyMailTo(account.email(), "your role is changed"))).contains("is now General Manager")
        .doesNotContain("may not hold");
  }

  /** Found by the outside tester: the approval left an application the new role may not hold on the ID. */
  @Test
  void anApprovedRoleChangeRemovesWhatTheNewRoleMayNotHold() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    ProcessInstance instance = started(requests.submitRoleChange(account.userId(), "SALES_MANAGER"));
    assertThat((String) runtimeService.getVariable(instance.getId(), "checkResults"))
        .contains("NOTE: Not allowed for the requested role, held now: SmartCash. Approving removes it");

    approve(instance);

    AccountView after = accounts.find(account.userId()).orElseThrow();
    assertThat(after.role()).isEqualTo("SALES_MANAGER");
    assertThat(after.applicationCodes()).containsExactly("INTELLIRATER");
    assertThat(body(onlyMailTo(account.email(), "your role is changed"))).contains("is now Sales Manager")
        .contains("The new role may not hold SmartCash: it is removed from the user ID.");
  }

  /** What the approval would remove is the table's answer for the requested role, decided in the process. */
  @Test
  void theDecisionTableDecidesWhatTheRequestedRoleMayHold() {
    AccountView account = account("OFFICE_MANAGER", "SMARTCASH");
    ProcessInstance instance = started(requests.submitRoleChange(account.userId(), "USED_CAR_MANAGER"));

    assertThat(instance).hasPassed("Task_SendReceiptEmail", "Task_DecideEligibleApplications",
        "Task_RunAutomatedChecks").isWaitingAt("Task_ReviewRequest");
    HistoricDecisionInstance decision = eligibilityDecision(instance);
    assertThat(decidedRole(decision)).as("the role asked for, not the role on file").isEqualTo("USED_CAR_MANAGER");
    assertThat(decidedApplications(decision)).containsExactly("INTELLIRATER", "SMARTAUCTION");
    assertThat(instance).variables().containsEntry(RequestVariables.ROLE, "USED_CAR_MANAGER");
    assertThat(jsonVariable(instance, RequestVariables.ELIGIBLE_APPLICATIONS))
        .isEqualTo("[\"INTELLIRATER\",\"SMARTAUCTION\"]");
    assertThat((String) runtimeService.getVariable(instance.getId(), RequestVariables.CHECK_RESULTS))
        .contains("NOTE: Not allowed for the requested role, held now: SmartCash. Approving removes it");
  }

  @Test
  void aRoleThatMayHoldNothingPassesTheChecksWithEverythingHeldListedForRemoval() {
    AccountView account = account("GENERAL_MANAGER", "SMARTCASH", "INTELLIRATER");
    ProcessInstance instance = started(requests.submitRoleChange(account.userId(), "TITLE_CLERK"));

    assertThat(instance).isWaitingAt("Task_ReviewRequest");
    assertThat(decidedApplications(eligibilityDecision(instance))).isEmpty();
    assertThat(jsonVariable(instance, RequestVariables.ELIGIBLE_APPLICATIONS)).isEqualTo("[]");
    assertThat((String) runtimeService.getVariable(instance.getId(), RequestVariables.CHECK_RESULTS))
        .contains("NOTE: Not allowed for the requested role, held now: IntelliRater, SmartCash. Approving removes "
            + "them");
  }

  @Test
  void aDeniedRoleChangeKeepsTheVerifiedRole() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    ProcessInstance instance = started(requests.submitRoleChange(account.userId(), "GENERAL_MANAGER"));

    deny(instance, "Your dealership says you are a finance manager");

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestDenied").hasNotPassed("Task_ProvisionAccount");
    assertThat(accounts.find(account.userId()).orElseThrow().role()).isEqualTo("FINANCE_MANAGER");
    // re-submitted where a role change is asked for, not on the anonymous request form (found by the outside tester)
    assertThat(body(onlyMailTo(account.email(), "was denied"))).contains("finance manager")
        .contains("log in with your user ID first): " + properties.baseUrl() + "/account/profile")
        .doesNotContain("/requests/new");
  }

  @Test
  void onlyOneRoleChangeIsOpenAtATime() {
    AccountView account = account("FINANCE_MANAGER");
    requests.submitRoleChange(account.userId(), "GENERAL_MANAGER");

    assertThatThrownBy(() -> requests.submitRoleChange(account.userId(), "OFFICE_MANAGER"))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("already being reviewed");
  }
}
