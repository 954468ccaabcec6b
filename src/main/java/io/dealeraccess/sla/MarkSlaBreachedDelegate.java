package io.dealeraccess.sla;

import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The review missed its one business day: record it; the review task stays open. */
@Component
class MarkSlaBreachedDelegate implements JavaDelegate {

  private final RequestService requests;

  MarkSlaBreachedDelegate(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.markSlaBreached(requests.idOf(RequestVariables.requestKey(execution)));
    RequestVariables.setSlaBreached(execution);
  }
}
