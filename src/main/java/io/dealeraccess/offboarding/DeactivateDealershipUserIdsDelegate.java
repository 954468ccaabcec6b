package io.dealeraccess.offboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** One batch of the confirmed deactivation, its own job and transaction; the process loops while batches are full. */
@Component
class DeactivateDealershipUserIdsDelegate implements JavaDelegate {

  private final DealershipOffboarding offboarding;

  DeactivateDealershipUserIdsDelegate(DealershipOffboarding offboarding) {
    this.offboarding = offboarding;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DealershipOffboarding.Batch batch = offboarding.deactivateBatch(execution.getProcessBusinessKey(),
        execution.getProcessInstanceId());
    Object before = execution.getVariable(OffboardingVariables.DEACTIVATED_COUNT);
    long soFar = before instanceof Number number ? number.longValue() : 0;
    execution.setVariable(OffboardingVariables.DEACTIVATED_COUNT, Variables.longValue(soFar + batch.count()));
    execution.setVariable(OffboardingVariables.MORE_TO_DEACTIVATE, Variables.booleanValue(batch.more()));
  }
}
