package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the approved user ID with its applications. */
@Component
class ProvisionAccountDelegate implements JavaDelegate {

  private final RequestService requests;

  ProvisionAccountDelegate(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.provisionNewUserId(RequestVariables.requestId(execution));
  }
}
