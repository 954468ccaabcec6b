package io.dealeraccess.review;

import io.dealeraccess.request.DenialCode;
import io.dealeraccess.request.RequestHistory;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestSteps;
import io.dealeraccess.request.SmartAuctionSteps;
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

  private final RequestQueries requests;
  private final RequestSteps steps;
  private final RequestHistory history;
  private final FourEyes fourEyes;

  ReviewCompletionListener(RequestQueries requests, RequestSteps steps, RequestHistory history,
      FourEyes fourEyes) {
    this.requests = requests;
    this.steps = steps;
    this.history = history;
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
    if (SmartAuctionSteps.VERIFY_TASK.equals(task.getTaskDefinitionKey())) {
      // decides only the enrollment: recorded in the request's history, the request's decision stands
      history.record(requestId, reviewer(task), decision.approved() ? "SMARTAUCTION_VERIFIED"
          : "SMARTAUCTION_REJECTED", DenialCode.display(decision.denialCode(), decision.denialReason()));
      return;
    }
    steps.recordDecision(requestId, decision.approved(), decision.denialCode(), decision.denialReason(),
        reviewer(task));
  }

  private static String reviewer(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "unknown";
  }
}
