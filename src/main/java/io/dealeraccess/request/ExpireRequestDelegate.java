package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a request whose email address was not confirmed in time. */
@Component
class ExpireRequestDelegate implements JavaDelegate {

  private final RequestService requests;

  ExpireRequestDelegate(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.expire(requests.idOf(RequestVariables.requestKey(execution)));
  }
}
