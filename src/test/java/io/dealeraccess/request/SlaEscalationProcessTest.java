package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.account.AccountView;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every request type's review escalates the same way when it misses its business day (new-user-id has its own). */
class SlaEscalationProcessTest extends RequestProcessTestSupport {

  private RequestView submit(String processKey) {
    AccountView account = account("FINANCE_MANAGER", "SMARTCASH");
    return switch (processKey) {
      case "add-application-access" -> requests.submitAddAccess(account.userId(), List.of("INTELLIRATER"));
      case "remove-application-access" -> requests.submitRemoveAccess(new RemoveAccessSubmission("10001",
          account.userId(), applicant(account), List.of("SMARTCASH")));
      case "reactivate-user-id" -> {
        accounts.markInactive(account.userId());
        yield requests.submitReactivation(new ReactivationSubmission("10001", account.userId(), applicant(account)));
      }
      case "deactivate-user-id" -> requests.submitDeactivation(new DeactivationSubmission("10001", account.userId(),
          SubmittedBy.EMPLOYEE, applicant(account), DeactivationReason.ACCESS_TERMINATED), true);
      default -> throw new IllegalArgumentException(processKey);
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"add-application-access", "remove-application-access", "reactivate-user-id",
      "deactivate-user-id"})
  void aMissedSlaAlertsSupervisorsAndTheReviewGoesOn(String processKey) {
    setClock("2026-11-25T11:00"); // the day before Thanksgiving: due Friday 11:00
    RequestView request = submit(processKey);
    ProcessInstance instance = started(request);
    assertThat(instance).isWaitingAt("Task_ReviewRequest");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId()).startsWith(processKey + ":");

    setClock("2026-11-27T10:59");
    executeJobs(instance.getId());
    assertThat(instance).hasNotPassed("Task_SendEscalationEmail");

    setClock("2026-11-27T11:01");
    executeJobs(instance.getId());

    assertThat(instance).hasPassed("Task_MarkSlaBreached", "Task_SendEscalationEmail", "EndEvent_SlaEscalated")
        .isWaitingAt("Task_ReviewRequest");
    assertThat(requestQueries.get(request.id()).slaBreached()).isTrue();
    assertThat(body(onlyMailTo("supervisor@helpdesk.example", "Overdue review"))).contains(request.reference());

    approve(instance);
    assertThat(instance).isEnded().hasPassed("Task_ProvisionAccount");
  }
}
