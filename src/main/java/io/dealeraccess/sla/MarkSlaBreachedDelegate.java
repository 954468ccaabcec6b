package io.dealeraccess.sla;

import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestSteps;
import io.dealeraccess.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review missed its one business day: record it; the review task stays open. */
@Component
class MarkSlaBreachedDelegate implements JavaDelegate {

  private final RequestQueries requests;
  private final RequestSteps steps;

  MarkSlaBreachedDelegate(RequestQueries requests, RequestSteps steps) {
    this.requests = requests;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.markSlaBreached(requests.idOf(RequestVariables.requestKey(execution)));
    RequestVariables.setSlaBreached(execution);
  }
}
