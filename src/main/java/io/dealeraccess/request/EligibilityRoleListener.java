package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Starts the business rule task "Decide which applications the role may hold": gives the eligibility table the role
 * it decides on ({@code role}), read from the request row and the account at this moment, never from a variable.
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
    RequestVariables.setRole(execution, steps.eligibilityRole(requests.idOf(RequestVariables.requestKey(execution))));
  }
}
