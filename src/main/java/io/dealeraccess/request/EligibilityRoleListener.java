package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Starts and ends the business rule task "Decide which applications the role may hold". At the start it gives the
 * eligibility table the role it decides on ({@code role}), read from the request row and the account at this moment,
 * never from a variable. At the end it stores the table's answer as JSON, which Cockpit shows as its text; the engine
 * stores a {@code collectEntries} result as a serialized Java list.
 */
@Component
class EligibilityRoleListener implements ExecutionListener {

  private final RequestQueries requests;
  private final RequestSteps steps;

  EligibilityRoleListener(RequestQueries requests, RequestSteps steps) {
    this.requests = requests;
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_END.equals(execution.getEventName())) {
      RequestVariables.setEligibleApplications(execution, RequestVariables.eligibleApplications(execution));
      return;
    }
    RequestVariables.setRole(execution, steps.eligibilityRole(requests.idOf(RequestVariables.requestKey(execution))));
  }
}
