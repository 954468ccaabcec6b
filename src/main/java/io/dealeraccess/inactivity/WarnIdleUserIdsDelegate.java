package io.dealeraccess.inactivity;

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
    InactivitySweep.Batch batch = sweep.warnIdle();
    Object sofar = execution.getVariable(SweepVariables.WARNED_COUNT);
    execution.setVariable(SweepVariables.WARNED_COUNT, Variables.integerValue(
        (sofar instanceof Integer counted ? counted : 0) + batch.count()));
    execution.setVariable(SweepVariables.MORE_TO_WARN, Variables.booleanValue(batch.more()));
  }
}
