package io.dealeraccess.inactivity;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Warns the IDs idle for 50 days; the run's result shows in Cockpit. */
@Component
class WarnIdleUserIdsDelegate implements JavaDelegate {

  private final InactivitySweep sweep;

  WarnIdleUserIdsDelegate(InactivitySweep sweep) {
    this.sweep = sweep;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> warned = sweep.warnIdle();
    execution.setVariable(SweepVariables.WARNED_COUNT, Variables.integerValue(warned.size()));
    execution.setVariable(SweepVariables.WARNED_USER_IDS, Variables.stringValue(String.join(", ", warned)));
  }
}
