package io.dealeraccess.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes a request whose email address was not confirmed in time. */
@Component
class ExpireRequestDelegate implements JavaDelegate {

  private final RequestQueries requests;
  private final RequestSteps steps;

  ExpireRequestDelegate(RequestQueries requests, RequestSteps steps) {
    this.requests = requests;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.expire(requests.idOf(RequestVariables.requestKey(execution)));
  }
}
