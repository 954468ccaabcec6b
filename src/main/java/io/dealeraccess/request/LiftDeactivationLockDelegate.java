package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A denied deactivation gives the user ID back to its owner. */
@Component
class LiftDeactivationLockDelegate implements JavaDelegate {

  private final RequestQueries requests;
  private final RequestSteps steps;

  LiftDeactivationLockDelegate(RequestQueries requests, RequestSteps steps) {
    this.requests = requests;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.liftDeactivationLock(requests.idOf(RequestVariables.requestKey(execution)));
  }
}
