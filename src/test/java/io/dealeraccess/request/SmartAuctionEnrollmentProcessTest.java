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

/** smartauction-enrollment, reached as it is in production: from an approved request for SmartAuction. */
class SmartAuctionEnrollmentProcessTest extends RequestProcessTestSupport {

  @Autowired
  private SmartAuctionTerms terms;

  private AccountView account;

  private ProcessInstance enrollment() {
    account = account("USED_CAR_MANAGER");
    ProcessInstance instance = started(requests.submitAddAccess(account.userId(), List.of("SMARTAUCTION")));
    approve(instance);
    ProcessInstance enrollment = calledProcessInstance("smartauction-enrollment", instance);
    executeJobs(enrollment.getId());
    return enrollment;
  }

  private void acceptTerms() {
    Map<String, String> link = linkParams(account.email(), "accept the terms", "/smartauction/terms");
    assertThat(terms.accept(link.get("ref"), link.get("token"))).isEqualTo(SmartAuctionTerms.Outcome.ACCEPTED);
  }

  @Test
  void aRejectedEnrollmentGrantsNothingAndEmailsTheReason() {
    ProcessInstance enrollment = enrollment();
    acceptTerms();

    deny(enrollment, "No auction agreement on file for the dealership");

    assertThat(enrollment).isEnded().hasPassed("Task_SendSmartAuctionDeniedEmail", "EndEvent_SmartAuctionDenied")
        .hasNotPassed("Task_GrantSmartAuction");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).isEmpty();
    assertThat(body(onlyMailTo(account.email(), "enrollment not verified")))
        .contains("No auction agreement on file for the dealership")
        // where to ask again, as every denial says (found by the outside tester)
        .contains("To ask for SmartAuction again, log in and request it").contains("/account/applications/request");
  }

  @Test
  void theDealerIsRemindedAfterTwoBusinessDaysAndTheStepWaits() {
    setClock("2026-11-20T10:00"); // Friday
    ProcessInstance enrollment = enrollment();

    setClock("2026-11-24T09:59");
    executeJobs(enrollment.getId());
    assertThat(enrollment).hasNotPassed("Task_SendTermsReminder");

    setClock("2026-11-24T10:01");
    executeJobs(enrollment.getId());

    assertThat(enrollment).hasPassed("Task_SendTermsReminder", "EndEvent_Reminded")
        .isWaitingAt("Task_WaitForTermsAcceptance");
    onlyMailTo(account.email(), "Reminder: accept the SmartAuction terms");
    acceptTerms();
    assertThat(enrollment).isWaitingAt("Task_VerifySmartAuctionEnrollment");
  }

  @Test
  void theStepExpiresAfterTenBusinessDays() {
    setClock("2026-11-20T10:00");
    ProcessInstance enrollment = enrollment();

    setClock("2026-12-07T09:59");
    executeJobs(enrollment.getId());
    assertThat(enrollment).isWaitingAt("Task_WaitForTermsAcceptance");

    setClock("2026-12-07T10:01");
    executeJobs(enrollment.getId());

    assertThat(enrollment).isEnded().hasPassed("Task_SendTermsExpiredEmail", "EndEvent_EnrollmentExpired");
    assertThat(accounts.find(account.userId()).orElseThrow().applicationCodes()).isEmpty();
    onlyMailTo(account.email(), "terms not accepted in time");
    Map<String, String> link = linkParams(account.email(), "accept the terms", "/smartauction/terms");
    assertThat(terms.accept(link.get("ref"), link.get("token"))).isEqualTo(SmartAuctionTerms.Outcome.NOT_WAITING);
  }
}
