package io.dealeraccess.review;

import io.dealeraccess.request.RequestService;
import io.dealeraccess.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On completion of a review task: four eyes, then re-checks {@code approved}, {@code denialCode} and
 * {@code denialReason}, stores them typed, and records the decision and who made it on the request.
 */
@Component
class ReviewCompletionListener implements TaskListener {

  private final RequestService requests;
  private final FourEyes fourEyes;

  ReviewCompletionListener(RequestService requests, FourEyes fourEyes) {
    this.requests = requests;
    this.fourEyes = fourEyes;
  }

  @Override
  public void notify(DelegateTask task) {
    Long requestId = requests.idOf(RequestVariables.requestKey(task));
    fourEyes.check(fourEyes.currentUser(), requestId);
    ReviewDecision decision = ReviewDecision.parse(RequestVariables.approvedAsSubmitted(task),
        task.getVariable(RequestVariables.DENIAL_CODE), RequestVariables.denialReason(task));
    fourEyes.checkApprovable(requestId, decision.approved());
    RequestVariables.setDecision(task.getExecution(), decision.approved(), decision.denialCode(),
        decision.denialReason());
    requests.recordDecision(requestId, task.getTaskDefinitionKey(), decision.approved(),
        decision.denialCode(), decision.denialReason(), reviewer(task));
  }

  private static String reviewer(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "unknown";
  }
}
