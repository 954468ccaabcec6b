package io.dealeraccess.request;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs the automated checks; the process routes on {@code checksPassed}, the review form shows the rest. Where the
 * process decided eligibility first (its business rule task), the checks judge by that decision.
 */
@Component
class RunAutomatedChecksDelegate implements JavaDelegate {

  private final RequestQueries requests;
  private final RequestSteps steps;
  private final ReviewerContext context;

  RunAutomatedChecksDelegate(RequestQueries requests, RequestSteps steps, ReviewerContext context) {
    this.requests = requests;
    this.steps = steps;
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long requestId = requests.idOf(RequestVariables.requestKey(execution));
    List<String> eligible = RequestVariables.eligibleApplications(execution);
    CheckOutcome outcome = steps.runChecks(requestId,
        eligible == null ? null : new EligibilityDecision(RequestVariables.role(execution), eligible));
    // the review form shows the results next to the ID's applications and history
    RequestVariables.setChecks(execution, outcome.passed(), outcome.summary(), context.of(requestId));
    if (!outcome.passed()) {
      RequestVariables.setDecision(execution, false, DenialCode.FAILED_CHECK, outcome.denialReason());
    }
  }
}
