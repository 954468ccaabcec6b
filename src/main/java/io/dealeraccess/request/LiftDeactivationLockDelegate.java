package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A denied deactivation gives the user ID back to its owner. */
@Component
class LiftDeactivationLockDelegate implements JavaDelegate {

  private final RequestService requests;

  LiftDeactivationLockDelegate(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.liftDeactivationLock(requests.idOf(RequestVariables.requestKey(execution)));
  }
}
