package io.dealeraccess.inactivity;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Makes the IDs idle for 60 days or more INACTIVE; the run's result shows in Cockpit. */
@Component
class InactivateIdleUserIdsDelegate implements JavaDelegate {

  private final InactivitySweep sweep;

  InactivateIdleUserIdsDelegate(InactivitySweep sweep) {
    this.sweep = sweep;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> inactivated = sweep.inactivateIdle();
    execution.setVariable(SweepVariables.MADE_INACTIVE_COUNT, Variables.integerValue(inactivated.size()));
    execution.setVariable(SweepVariables.MADE_INACTIVE_USER_IDS, Variables.stringValue(String.join(", ",
        inactivated)));
  }
}
