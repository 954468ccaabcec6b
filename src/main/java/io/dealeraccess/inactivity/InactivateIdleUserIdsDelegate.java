package io.dealeraccess.inactivity;

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
    InactivitySweep.Batch batch = sweep.inactivateIdle();
    Object sofar = execution.getVariable(SweepVariables.MADE_INACTIVE_COUNT);
    execution.setVariable(SweepVariables.MADE_INACTIVE_COUNT, Variables.integerValue(
        (sofar instanceof Integer counted ? counted : 0) + batch.count()));
    execution.setVariable(SweepVariables.MORE_TO_MAKE_INACTIVE, Variables.booleanValue(batch.more()));
  }
}
