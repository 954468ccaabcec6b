package io.dealeraccess.smartauction;

import io.dealeraccess.request.RequestVariables;
import io.dealeraccess.sla.BusinessCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets when the terms reminder goes out (2 business days) and when the step expires (10 business days). */
@Component
class StartTermsClockDelegate implements JavaDelegate {

  static final int REMIND_AFTER_BUSINESS_DAYS = 2;
  static final int EXPIRE_AFTER_BUSINESS_DAYS = 10;

  private final BusinessCalendar calendar;

  StartTermsClockDelegate(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequestVariables.setTermsDeadlines(execution, calendar.businessDaysFromNow(REMIND_AFTER_BUSINESS_DAYS),
        calendar.businessDaysFromNow(EXPIRE_AFTER_BUSINESS_DAYS));
  }
}
