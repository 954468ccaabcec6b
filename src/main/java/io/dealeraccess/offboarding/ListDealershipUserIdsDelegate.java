package io.dealeraccess.offboarding;

import io.dealeraccess.sla.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Lists the dealership's user IDs for the help desk's confirmation (the dealership is the instance's business key). */
@Component
class ListDealershipUserIdsDelegate implements JavaDelegate {

  private final DealershipOffboarding offboarding;
  private final BusinessCalendar calendar;

  ListDealershipUserIdsDelegate(DealershipOffboarding offboarding, BusinessCalendar calendar) {
    this.offboarding = offboarding;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String pdn = execution.getProcessBusinessKey();
    DealershipOffboarding.Listed listed = offboarding.list(pdn);
    execution.setVariable(OffboardingVariables.PDN, Variables.stringValue(pdn));
    execution.setVariable(OffboardingVariables.DEALERSHIP_NAME, Variables.stringValue(listed.dealershipName()));
    execution.setVariable(OffboardingVariables.USER_ID_COUNT, Variables.longValue(listed.count()));
    execution.setVariable(OffboardingVariables.USER_ID_LIST, Variables.stringValue(listed.list()));
    execution.setVariable(OffboardingVariables.DUE_AT, Variables.dateValue(calendar.dueFromNow()));
  }
}
