package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Carries out the approved request on the account (open, grant, revoke, reactivate, deactivate). */
@Component
class ProvisionAccountDelegate implements JavaDelegate {

  private final RequestQueries requests;
  private final Provisioning provisioning;

  ProvisionAccountDelegate(RequestQueries requests, Provisioning provisioning) {
    this.requests = requests;
    this.provisioning = provisioning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    provisioning.provision(requests.idOf(RequestVariables.requestKey(execution)));
  }
}
