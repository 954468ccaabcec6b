package io.dealeraccess.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.account.AccountView;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every request type's review escalates the same way when it misses its business day (new-user-id has its own). */
class SlaEscalationProcessTest extends RequestProcessTestSupport {

  static Stream<Arguments> requestTypes() {
    return Stream.of(
        Arguments.of("add-application-access", (Function<RequestProcessTestSupport, UserIdRequest>) test -> {
          AccountView account = test.account("FINANCE_MANAGER");
          return test.requests.submitAddAccess(account.userId(), List.of("SMARTCASH"));
        }),
        Arguments.of("remove-application-access", (Function<RequestProcessTestSupport, UserIdRequest>) test -> {
          AccountView account = test.account("FINANCE_MANAGER", "SMARTCASH");
          return test.requests.submitRemoveAccess(new RemoveAccessSubmission("10001", account.userId(),
              applicant(account), List.of("SMARTCASH")));
        }),
        Arguments.of("reactivate-user-id", (Function<RequestProcessTestSupport, UserIdRequest>) test -> {
          AccountView account = test.account("FINANCE_MANAGER");
          test.accounts.markInactive(account.userId());
          return test.requests.submitReactivation(new ReactivationSubmission("10001", account.userId(),
              applicant(account)));
        }),
        Arguments.of("deactivate-user-id", (Function<RequestProcessTestSupport, UserIdRequest>) test -> {
          AccountView account = test.account("FINANCE_MANAGER");
          return test.requests.submitDeactivation(new DeactivationSubmission("10001", account.userId(),
              SubmittedBy.EMPLOYEE, applicant(account), DeactivationReason.ACCESS_TERMINATED));
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestTypes")
  void aMissedSlaAlertsSupervisorsAndTheReviewGoesOn(String processKey,
      Function<RequestProcessTestSupport, UserIdRequest> submit) {
    setClock("2026-11-25T11:00"); // the day before Thanksgiving: due Friday 11:00
    UserIdRequest request = submit.apply(this);
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
    assertThat(requests.get(request.getId()).isSlaBreached()).isTrue();
    assertThat(body(onlyMailTo("supervisor@helpdesk.example", "Overdue review"))).contains(request.getReference());

    approve(instance);
    assertThat(instance).isEnded().hasPassed("Task_ProvisionAccount");
  }
}
