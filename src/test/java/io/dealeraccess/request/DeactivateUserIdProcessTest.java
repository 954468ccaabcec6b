package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class DeactivateUserIdProcessTest extends RequestProcessTestSupport {

  private static final String MANAGER = "office.manager@dealer.example";

  private UserIdRequest submitByDealership(AccountView account) {
    return requests.submitDeactivation(new DeactivationSubmission("10001", account.userId(), SubmittedBy.DEALERSHIP,
        new Applicant("Olive", "Manager", MANAGER, "555-444-5555", "OFFICE_MANAGER"),
        DeactivationReason.LEFT_DEALERSHIP));
  }

  @Test
  void submittingLocksTheIdAndTellsTheOwnerAndTheRequester() {
    AccountView account = account("SALESPERSON", "SMARTCASH");

    UserIdRequest request = submitByDealership(account);

    assertThat(accounts.find(account.userId()).orElseThrow().pendingDeactivation()).isTrue();
    ProcessInstance instance = started(request);
    assertThat(instance).isWaitingAt("Task_ReviewRequest");
    assertThat(formOf(instance)).isEqualTo("review-deactivate-user-id");
    assertThat(body(onlyMailTo(account.email(), "the user ID is locked"))).contains("Olive Manager")
        .contains("no longer works at the dealership");
    onlyMailTo(MANAGER, "the user ID is locked");
  }

  @Test
  void approvalDeactivatesTheIdAndRemovesEveryApplication() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH", "INTELLIRATER");
    ProcessInstance instance = started(submitByDealership(account));

    approve(instance);

    assertThat(instance).isEnded().hasPassed("Task_ProvisionAccount", "EndEvent_RequestApproved")
        .hasNotPassed("Task_LiftDeactivationLock");
    AccountView deactivated = accounts.find(account.userId()).orElseThrow();
    assertThat(deactivated.status()).isEqualTo(DealerUserStatus.DEACTIVATED);
    assertThat(deactivated.applicationCodes()).isEmpty();
    assertThat(deactivated.pendingDeactivation()).isFalse();
    onlyMailTo(account.email(), "is deactivated");
    onlyMailTo(MANAGER, "is deactivated");
  }

  @Test
  void denialLiftsTheLockAndTellsBoth() {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    ProcessInstance instance = started(submitByDealership(account));

    deny(instance, "The employee still works here");

    assertThat(instance).isEnded().hasPassed("Task_LiftDeactivationLock", "EndEvent_RequestDenied");
    AccountView kept = accounts.find(account.userId()).orElseThrow();
    assertThat(kept.pendingDeactivation()).isFalse();
    assertThat(kept.status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(kept.applicationCodes()).containsExactly("SMARTCASH");
    assertThat(body(onlyMailTo(account.email(), "was denied"))).contains("The employee still works here");
    onlyMailTo(MANAGER, "was denied");
  }

  @Test
  void anIdThatCannotBeDeactivatedIsDeniedByTheChecksAndUnlocked() {
    AccountView account = account("FINANCE_MANAGER");
    UserIdRequest request = submitByDealership(account);
    accounts.deactivate(account.userId());

    ProcessInstance instance = started(request);

    assertThat(instance).isEnded().hasPassed("Task_LiftLockAfterChecks", "EndEvent_RequestAutoDenied");
    assertThat(accounts.find(account.userId()).orElseThrow().pendingDeactivation()).isFalse();
  }

  @Test
  void aSecondDeactivationWhileOneIsOpenIsRefused() {
    AccountView account = account("FINANCE_MANAGER");
    submitByDealership(account);

    assertThatThrownBy(() -> submitByDealership(account)).isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("already being reviewed");
  }
}
