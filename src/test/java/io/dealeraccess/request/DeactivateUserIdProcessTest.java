package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class DeactivateUserIdProcessTest extends RequestProcessTestSupport {

  private static final String MANAGER = "office.manager@dealer.example";

  private RequestView submitByDealership(AccountView account) {
    return requests.submitDeactivation(new DeactivationSubmission("10001", account.userId(), SubmittedBy.DEALERSHIP,
        new Applicant("Olive", "Manager", MANAGER, "555-444-5555", "OFFICE_MANAGER"),
        DeactivationReason.LEFT_DEALERSHIP), false);
  }

  @Test
  void anUnverifiedRequesterLocksNothingAndTheOwnerIsAskedToConfirm() throws Exception {
    AccountView account = account("SALESPERSON", "SMARTCASH");

    RequestView request = submitByDealership(account);

    assertThat(accounts.find(account.userId()).orElseThrow().pendingDeactivation()).as("locked").isFalse();
    ProcessInstance instance = started(request);
    assertThat(instance).isWaitingAt("Task_ReviewRequest");
    assertThat(formOf(instance)).isEqualTo("review-deactivate-user-id");
    assertThat((String) runtimeService.getVariable(instance.getId(), "requesterVerified")).startsWith("No");
    // Cockpit lists only what this request has: no empty applications of the other request types
    assertThat(runtimeService.getVariables(instance.getId()))
        .doesNotContainKeys("applications", "applicationNames", "smartAuctionRequested").doesNotContainValue(null);
    // who asked is a note, not a check that passes, and does not repeat the form's hint (found by the outside tester)
    assertThat((String) runtimeService.getVariable(instance.getId(), "checkResults"))
        .contains("NOTE: Asked by the dealership: Olive Manager, " + MANAGER).doesNotContain("for example")
        .doesNotContain("PASSED: Asked by");
    assertThat((String) runtimeService.getVariable(instance.getId(), "applicantRole"))
        .isEqualTo("Office Manager / Controller");
    assertThat(body(onlyMailTo(account.email(), "to deactivate a user ID"))).contains("Olive Manager")
        .contains("no longer works at the dealership").contains("keeps working")
        .contains("/requests/deactivate/confirm?");
    String toRequester = body(onlyMailTo(MANAGER, "to deactivate a user ID"));
    assertThat(toRequester).doesNotContain("/requests/deactivate/confirm").doesNotContain(account.email())
        .contains("we will email you the decision")
        // the reader is the requester: not "Hello Olive, Olive Manager asked us" (found by the outside tester)
        .contains("Hello Olive,").contains("You asked us to deactivate").doesNotContain("Olive Manager asked");
    assertThat(mailTo(MANAGER).get(0).getAllRecipients()).hasSize(1);
  }

  @Test
  void theOwnersConfirmationByTheEmailedLinkLocksTheId() {
    AccountView account = account("SALESPERSON", "SMARTCASH");
    RequestView request = submitByDealership(account);
    ProcessInstance instance = started(request);
    Map<String, String> link = linkParams(account.email(), "to deactivate a user ID", "/requests/deactivate/confirm");

    assertThat(confirmations.confirmDeactivationByOwner(request.reference(), "forged")).isFalse();
    assertThat(accounts.find(account.userId()).orElseThrow().pendingDeactivation()).isFalse();
    assertThat(confirmations.confirmDeactivationByOwner(link.get("ref"), link.get("token"))).isTrue();

    assertThat(accounts.find(account.userId()).orElseThrow().pendingDeactivation()).isTrue();
    // the requester's status page tells nothing of the account's lock; the owner's would
    assertThat(history.dealerTimeline(request.id())).extracting(RequestEvent::getEventType)
        .doesNotContain("LOCKED").contains("SUBMITTED");
    // the requester is still not the owner: the reviewer reads who confirmed (found by the outside tester: "Yes")
    assertThat((String) runtimeService.getVariable(instance.getId(), "requesterVerified"))
        .isEqualTo(RequestVariables.OWNER_CONFIRMED).startsWith("Not the owner, but the owner");
    deny(instance, "The employee still works here");
    assertThat(accounts.find(account.userId()).orElseThrow().pendingDeactivation()).as("unlocked on denial")
        .isFalse();
    assertThat(confirmations.confirmDeactivationByOwner(link.get("ref"), link.get("token"))).as("after the decision")
        .isFalse();
  }

  @Test
  void theOwnerLoggedInLocksTheIdAtOnce() {
    AccountView account = account("SALESPERSON", "SMARTCASH");

    RequestView request = requests.submitDeactivation(new DeactivationSubmission("10001", account.userId(),
        SubmittedBy.EMPLOYEE, applicant(account), DeactivationReason.ACCESS_TERMINATED), true);

    assertThat(accounts.find(account.userId()).orElseThrow().pendingDeactivation()).isTrue();
    started(request);
    assertThat(body(onlyMailTo(account.email(), "to deactivate a user ID"))).contains("is locked until")
        .doesNotContain("/requests/deactivate/confirm");
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
    // each reads what the denial means for them, greeted by their own name (found by the outside tester: one
    // generic email for both, "Hello," without a name)
    assertThat(body(onlyMailTo(account.email(), "was denied"))).contains("The employee still works here")
        .contains("Hello Robin,").contains("Your user ID stays active").doesNotContain("Olive");
    assertThat(body(onlyMailTo(MANAGER, "was denied"))).contains("Hello Olive,")
        .contains("The user ID stays as it was").doesNotContain("Your user ID stays active")
        .contains(properties.baseUrl() + "/requests/deactivate");
  }

  /**
   * Found by the outside tester: an ID that is not there (or deactivated already) was denied at once by the checks,
   * so a stranger learned from the email and the status page which IDs exist. It now waits for the help desk like
   * any other; the reviewer is told, cannot approve it, and denies it without naming the account.
   */
  @Test
  void anIdThatCannotBeDeactivatedLooksLikeAnyOtherToTheRequesterAndOnlyTheReviewDeniesIt() {
    AccountView account = account("FINANCE_MANAGER");
    RequestView alreadyDeactivated = submitByDealership(account);
    accounts.deactivate(account.userId());
    RequestView unknown = requests.submitDeactivation(new DeactivationSubmission("10001", uniqueUserId(),
        SubmittedBy.DEALERSHIP, new Applicant("Olive", "Manager", MANAGER, "555-444-5555", "OFFICE_MANAGER"),
        DeactivationReason.LEFT_DEALERSHIP), false);

    for (RequestView request : List.of(alreadyDeactivated, unknown)) {
      ProcessInstance instance = started(request);
      assertThat(instance).isWaitingAt("Task_ReviewRequest");
      assertThat(requestQueries.get(request.id()).status()).isEqualTo(RequestStatus.IN_REVIEW);
      assertThat((String) runtimeService.getVariable(instance.getId(), "checkResults"))
          .contains("NOTE: There is no user ID " + request.userId() + " that can be deactivated at PDN 10001");
      assertThatThrownBy(() -> approve(instance)).hasMessageContaining("this request cannot be approved");

      deny(instance, "We could not confirm this request with the dealership");

      assertThat(instance).isEnded().hasPassed("EndEvent_RequestDenied");
    }
    assertThat(mailTo(MANAGER)).as("to the requester: each receipt and each denial, nothing at once")
        .extracting(message -> subject(message)).hasSize(4);
    assertThat(mailTo(MANAGER)).allSatisfy(message -> assertThat(body(message)).doesNotContain("could not find")
        .doesNotContain(account.email()));
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
