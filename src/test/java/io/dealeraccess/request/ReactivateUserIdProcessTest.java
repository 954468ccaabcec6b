package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import io.dealeraccess.account.PasswordLinks;
import io.dealeraccess.account.ReactivationAnswer;
import io.dealeraccess.account.SecurityQuestion;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReactivateUserIdProcessTest extends RequestProcessTestSupport {

  @Autowired
  private PasswordLinks passwordLinks;
  @Autowired
  private io.dealeraccess.account.DealerUserDetailsService logins;

  /** An account idle long enough to be INACTIVE. */
  private AccountView inactiveAccount() {
    AccountView account = account("OFFICE_MANAGER", "SMARTCASH");
    accounts.markInactive(account.userId());
    return accounts.find(account.userId()).orElseThrow();
  }

  private RequestView submit(AccountView account) {
    return requests.submitReactivation(new ReactivationSubmission("10001", account.userId(), applicant(account)));
  }

  @Test
  void approvedReactivationMakesTheIdActiveAndEmailsASingleUsePasswordLink() {
    AccountView account = inactiveAccount();
    RequestView request = submit(account);
    ProcessInstance instance = started(request);
    assertThat(instance).isWaitingAt("Task_ReviewRequest");
    assertThat(formOf(instance)).isEqualTo("review-reactivate-user-id");

    approve(instance);

    assertThat(instance).isEnded().hasPassed("Task_ProvisionAccount", "EndEvent_RequestApproved");
    AccountView reactivated = accounts.find(account.userId()).orElseThrow();
    assertThat(reactivated.status()).isEqualTo(DealerUserStatus.ACTIVE);
    assertThat(reactivated.applicationCodes()).containsExactly("SMARTCASH");
    assertThat(secrets.passwordMatches(PASSWORD, logins.loadUserByUsername(account.userId()).getPassword()))
        .as("the old password no longer works").isFalse();

    Map<String, String> link = linkParams(account.email(), "active again", "/password/set");
    assertThat(passwordLinks.isValid(link.get("user"), link.get("expires"), link.get("token"))).isTrue();
    accounts.changePassword(account.userId(), "A-Brand-New-Passphrase-7");
    assertThat(passwordLinks.isValid(link.get("user"), link.get("expires"), link.get("token")))
        .as("the link works once").isFalse();
  }

  @Test
  void deniedReactivationLeavesTheIdInactive() {
    AccountView account = inactiveAccount();
    ProcessInstance instance = started(submit(account));

    deny(instance, "Identity not confirmed");

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestDenied");
    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.INACTIVE);
    assertThat(body(onlyMailTo(account.email(), "was denied"))).contains("Identity not confirmed");
  }

  @Test
  void anActiveIdIsDeniedByTheChecks() {
    AccountView account = account("OFFICE_MANAGER");
    RequestView request = submit(account);
    ProcessInstance instance = started(request);

    assertThat(instance).isEnded().hasPassed("EndEvent_RequestAutoDenied");
    assertThat(requestQueries.get(request.id()).denialReason()).contains("is not inactive");
  }

  @Test
  void threeWrongAnswersBlockReactivationRequestsFor24Hours() {
    setClock("2026-11-18T09:00");
    AccountView account = inactiveAccount();

    assertThat(reactivationAnswers.checkReactivationAnswer(account.userId(), SecurityQuestion.FIRST_PET, "Fido"))
        .isEqualTo(new ReactivationAnswer(ReactivationAnswer.Outcome.WRONG, 2, null));
    reactivationAnswers.checkReactivationAnswer(account.userId(), SecurityQuestion.FIRST_PET, "Spot");
    ReactivationAnswer third = reactivationAnswers.checkReactivationAnswer(account.userId(), SecurityQuestion.FIRST_PET,
        "Rover");

    assertThat(third.outcome()).isEqualTo(ReactivationAnswer.Outcome.BLOCKED);
    assertThat(reactivationAnswers.checkReactivationAnswer(account.userId(), SecurityQuestion.FIRST_PET, " rex ").outcome())
        .as("even the right answer is refused while blocked").isEqualTo(ReactivationAnswer.Outcome.BLOCKED);

    setClock("2026-11-19T09:01");
    assertThat(reactivationAnswers.reactivationBlockedUntil(account.userId())).isEmpty();
    assertThat(reactivationAnswers.checkReactivationAnswer(account.userId(), SecurityQuestion.FIRST_PET, " rex ").outcome())
        .isEqualTo(ReactivationAnswer.Outcome.CORRECT);
  }
}
