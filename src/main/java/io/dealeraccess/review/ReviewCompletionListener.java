package io.dealeraccess.review;

import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of a review task: re-checks {@code approved} and {@code denialReason}, stores them typed, and records
 * the decision and who made it on the request.
 */
@Component
class ReviewCompletionListener implements TaskListener {

  private final RequestService requests;

  ReviewCompletionListener(RequestService requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewDecision decision = ReviewDecision.parse(RequestVariables.approvedAsSubmitted(task),
        RequestVariables.denialReason(task));
    RequestVariables.setDecision(task.getExecution(), decision.approved(), decision.denialReason());
    requests.recordDecision(RequestVariables.requestId(task), task.getTaskDefinitionKey(), decision.approved(),
        decision.denialReason(), reviewer(task));
  }

  private static String reviewer(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "unknown";
  }
}
