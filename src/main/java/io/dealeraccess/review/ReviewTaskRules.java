package io.dealeraccess.review;

import static io.dealeraccess.review.DecisionInput.onlyDecision;
import static io.dealeraccess.review.DecisionInput.value;
import static io.dealeraccess.review.DecisionInput.withoutFormCheck;
import static io.dealeraccess.review.GuardLookups.field;
import static io.dealeraccess.review.GuardLookups.isAdministrator;
import static io.dealeraccess.review.GuardLookups.isReviewer;

import io.dealeraccess.request.RequestVariables;
import io.dealeraccess.staff.StaffGroups;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The guard's rules for a review task itself: who completes it and with what, who claims or releases it, and to whom
 * it may be assigned. Four eyes applies at each of them.
 */
final class ReviewTaskRules {

  private final ProcessEngineConfigurationImpl configuration;
  private final GuardLookups lookups;
  /** Four eyes needs the request services, which need the engine: looked up when a decision arrives. */
  private final ObjectProvider<FourEyes> fourEyes;

  ReviewTaskRules(ProcessEngineConfigurationImpl configuration, GuardLookups lookups,
      ObjectProvider<FourEyes> fourEyes) {
    this.configuration = configuration;
    this.lookups = lookups;
    this.fourEyes = fourEyes;
  }

  /**
   * Complete or submit-form: only the decision, from anyone; from staff, only a reviewer who may decide this request,
   * and only the holder of a claimed review. {@code staff} is null for the product's own calls.
   */
  void complete(Command<?> command, Authentication staff) {
    if (staff != null && !isReviewer(staff)) {
      throw new AuthorizationException("Only the help desk decides requests: " + staff.getUserId()
          + " is not a member of " + StaffGroups.HELPDESK + " or " + StaffGroups.HELPDESK_SUPERVISORS + ".");
    }
    Map<?, ?> variables = field(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
    onlyDecision(variables);
    withoutFormCheck(variables);
    if (staff == null) {
      return;
    }
    // checked here as well as in the completion listener, so that every path answers with the message (400)
    ReviewDecision decision = ReviewDecision.parse(value(variables, RequestVariables.APPROVED),
        value(variables, RequestVariables.DENIAL_CODE), value(variables, RequestVariables.DENIAL_REASON));
    String taskId = field(command, "taskId");
    GuardLookups.ReviewTask task = lookups.reviewTask(taskId);
    if (task == null) {
      throw new InvalidReviewException(noReview(taskId));
    }
    if (task.assignee() != null && !task.assignee().equals(staff.getUserId())) {
      // found by the outside tester: a colleague's claimed review could still be completed over the API
      throw new AuthorizationException("This review is claimed by " + task.assignee()
          + ": only they decide it, or release it for you to claim.");
    }
    if (task.request() != null) {
      FourEyes check = fourEyes.getObject();
      Long requestId = check.requestId(task.request());
      check.check(staff.getUserId(), requestId);
      check.checkApprovable(requestId, decision.approved());
    } else {
      refuseCause(staff.getUserId(), task);
      if (value(variables, RequestVariables.DENIAL_CODE) != null) {
        throw new InvalidReviewException("This confirmation takes only approved and, to decline, denialReason: "
            + "it has no coded reasons.");
      }
    }
    if (task.assignee() == null) {
      // the decision is the agent's on record too: an unclaimed review is claimed by whoever decides it
      configuration.getCommandExecutorTxRequired().execute(new ClaimTaskCmd(taskId, staff.getUserId()));
    }
  }

  /** A reviewer takes a review for themselves (or gives it back); nobody hands it to someone else. */
  void claim(Command<?> command, Authentication staff) {
    String assignee = field(command, "userId");
    if (!isReviewer(staff) || (assignee != null && !assignee.equals(staff.getUserId()))) {
      throw new AuthorizationException("A member of the help desk claims a review for themselves only.");
    }
    GuardLookups.ReviewTask task = lookups.reviewTask(field(command, "taskId"));
    if (task == null) {
      throw new BadUserRequestException(noReview(field(command, "taskId")));
    }
    String holder = task.assignee();
    if (assignee == null) {
      // a claim with no user releases the review: only by whoever holds it (or an administrator), never to
      // take it from a colleague
      if (holder != null && !holder.equals(staff.getUserId()) && !isAdministrator(staff)) {
        throw new AuthorizationException("This review is claimed by " + holder + ": only they release it.");
      }
    } else if (holder != null && !holder.equals(assignee)) {
      // the engine's own answer is a 500 with "claimed by someone else"
      throw new BadUserRequestException("This review is already claimed by " + holder
          + ": it stays with them until they complete or release it.");
    } else if (task.request() != null) {
      // four eyes already when an agent takes a review, not only when they complete it
      refuseParty(assignee, task);
    } else {
      refuseCause(assignee, task);
    }
  }

  /** Assignee, owner or candidate user of a review: only a member of the help desk, never a party to it. */
  void addIdentityLink(Command<?> command) {
    String assignee = field(command, "userId");
    if (assignee != null && !lookups.isReviewer(assignee)) {
      throw new AuthorizationException("Reviews are assigned only to members of the help desk.");
    }
    GuardLookups.ReviewTask task = assignee == null ? null : lookups.reviewTask(field(command, "taskId"));
    if (task != null && task.request() != null) {
      // found by the outside tester: an administrator could hand a review to the one agent four eyes bars
      refuseParty(assignee, task);
    } else if (task != null) {
      refuseCause(assignee, task);
    }
  }

  /** Four eyes for a confirmation of a staff member's change (a dealership made inactive): not by them. */
  private static void refuseCause(String userId, GuardLookups.ReviewTask task) {
    if (task.causedBy() != null && task.causedBy().equals(userId)) {
      throw new AuthorizationException("You made this dealership inactive: another member of the help desk "
          + "confirms or declines the deactivation of its user IDs (four eyes).");
    }
  }

  private void refuseParty(String userId, GuardLookups.ReviewTask task) {
    FourEyes check = fourEyes.getObject();
    if (check.isParty(userId, check.requestId(task.request()))) {
      throw new AuthorizationException(FourEyes.CLAIM_MESSAGE);
    }
  }

  private static String noReview(String taskId) {
    return "There is no review " + taskId + ": it may have been decided or withdrawn already. Reload Tasklist.";
  }
}
