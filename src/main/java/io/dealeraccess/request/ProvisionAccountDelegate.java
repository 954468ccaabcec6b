package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Carries out the approved request on the account (open, grant, revoke, reactivate, deactivate). */
@Component
class ProvisionAccountDelegate implements JavaDelegate {

  private final RequestService requests;

  ProvisionAccountDelegate(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.provision(requests.idOf(RequestVariables.requestKey(execution)));
  }
}
