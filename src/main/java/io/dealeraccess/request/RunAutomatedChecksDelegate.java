package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the automated checks; the process routes on {@code checksPassed}. */
@Component
class RunAutomatedChecksDelegate implements JavaDelegate {

  private final RequestService requests;

  RunAutomatedChecksDelegate(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CheckOutcome outcome = requests.runChecks(RequestVariables.requestId(execution));
    RequestVariables.setChecks(execution, outcome.passed(), outcome.summary());
    if (!outcome.passed()) {
      RequestVariables.setDecision(execution, false, DenialCode.FAILED_CHECK, outcome.denialReason());
    }
  }
}
