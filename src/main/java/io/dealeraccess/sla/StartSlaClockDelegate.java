package io.dealeraccess.sla;

import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestSteps;
import io.dealeraccess.request.RequestVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the request in the help desk's queue and sets {@code slaDueAt}, which the review task uses as its due date and
 * the boundary timer as its time.
 */
@Component
class StartSlaClockDelegate implements JavaDelegate {

  private final BusinessCalendar calendar;
  private final RequestQueries requests;
  private final RequestSteps steps;

  StartSlaClockDelegate(BusinessCalendar calendar, RequestQueries requests, RequestSteps steps) {
    this.calendar = calendar;
    this.requests = requests;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date dueAt = calendar.dueFromNow();
    steps.startReview(requests.idOf(RequestVariables.requestKey(execution)), dueAt);
    RequestVariables.setSlaDueAt(execution, dueAt);
  }
}
