package io.dealeraccess.offboarding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The help desk confirmed (or not) the deactivation of a dealership's user IDs: the decision as a Boolean for the
 * process, on the dealership's timeline with who decided (staff calls have the task claimed by the decider, see
 * review/ReviewTaskRules). The engine's guard has already refused anything but the decision from staff.
 */
@Component
class DealershipConfirmationListener implements TaskListener {

  private final DealershipOffboarding offboarding;

  DealershipConfirmationListener(DealershipOffboarding offboarding) {
    this.offboarding = offboarding;
  }

  @Override
  public void notify(DelegateTask task) {
    Object approved = task.getVariable(OffboardingVariables.APPROVED);
    boolean confirmed;
    if (approved instanceof Boolean value) {
      confirmed = value;
    } else if ("true".equals(approved) || "false".equals(approved)) {
      confirmed = Boolean.parseBoolean((String) approved);
    } else {
      throw new IllegalArgumentException("Choose whether to deactivate the user IDs (approved = true or false).");
    }
    Object reason = task.getVariable(OffboardingVariables.DENIAL_REASON);
    if (!confirmed && (reason == null || reason.toString().isBlank())) {
      throw new IllegalArgumentException("Say why the user IDs are not deactivated: it goes on the dealership's "
          + "timeline.");
    }
    task.getExecution().setVariable(OffboardingVariables.APPROVED, Variables.booleanValue(confirmed));
    offboarding.decided(task.getExecution().getProcessBusinessKey(), confirmed, task.getAssignee(),
        confirmed ? null : reason.toString().strip());
  }
}
