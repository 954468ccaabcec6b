package io.dealeraccess.inactivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.account.DealerUserStatus;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** inactive-user-id-sweep, started as in production by its daily timer, with Camunda's clock moved. */
class InactiveUserIdSweepProcessTest extends IntegrationTestSupport {

  @Autowired
  private HistoryService history;

  private static void setClock(String time) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(time).atZone(ZoneId.of("America/New_York")).toInstant()));
  }

  /** Fires the daily timer and runs the sweep it starts; returns the finished run. */
  private HistoricProcessInstance sweep() {
    Job timer = managementService.createJobQuery().processDefinitionKey("inactive-user-id-sweep").timers()
        .singleResult();
    assertThat(timer).as("the daily timer").isNotNull();
    managementService.executeJob(timer.getId());
    // the run the timer started waits at its first (asynchronous) step; earlier runs have ended
    String runId = runtimeService.createProcessInstanceQuery().processDefinitionKey("inactive-user-id-sweep")
        .singleResult().getId();
    executeJobs(runId);
    HistoricProcessInstance run = history.createHistoricProcessInstanceQuery().processInstanceId(runId)
        .singleResult();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(run.getId()).count()).isZero();
    return run;
  }

  private Object variable(HistoricProcessInstance run, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(run.getId()).variableName(name)
        .singleResult().getValue();
  }

  @Test
  void theSweepRunsEveryDayAtSixInTheMorningOfTheEnginesZone() {
    setClock("2027-03-01T09:00");
    // the timer as deployed was computed at start-up: fire it, and the next one is computed on the clock set here
    sweep();
    Job next = managementService.createJobQuery().processDefinitionKey("inactive-user-id-sweep").timers()
        .singleResult();
    ZonedDateTime due = next.getDuedate().toInstant().atZone(ZoneId.systemDefault());
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault());

    assertThat(due.toLocalTime()).as("the sweep's hour (dealeraccess.inactivity.sweep-cron)")
        .isEqualTo(LocalTime.of(6, 0));
    assertThat(due).as("the next 06:00 after now").isAfter(now).isBefore(now.plusDays(1).plusSeconds(1));

    ClockUtil.setCurrentTime(next.getDuedate());
    sweep();
    Job dayAfter = managementService.createJobQuery().processDefinitionKey("inactive-user-id-sweep").timers()
        .singleResult();
    assertThat(dayAfter.getDuedate().toInstant()).as("one day later, every day")
        .isEqualTo(due.plusDays(1).toInstant());
  }

  @Test
  void anIdIsWarnedOnDay50OnceAndMadeInactiveOnDay60() {
    setClock("2027-03-01T09:00");
    AccountView account = account("FINANCE_MANAGER"); // activated now, never logged in

    setClock("2027-04-19T09:00"); // day 49
    HistoricProcessInstance day49 = sweep();
    assertThat((String) variable(day49, SweepVariables.WARNED_USER_IDS)).doesNotContain(account.userId());

    setClock("2027-04-20T11:00"); // day 50 (daylight saving time began in between)
    HistoricProcessInstance day50 = sweep();
    assertThat((String) variable(day50, SweepVariables.WARNED_USER_IDS)).contains(account.userId());
    assertThat((Integer) variable(day50, SweepVariables.WARNED_COUNT)).isPositive();
    assertThat(body(onlyMailTo(account.email(), "Log in within 10 days"))).contains(account.userId());

    setClock("2027-04-20T15:00"); // the same day again
    HistoricProcessInstance again = sweep();
    assertThat((String) variable(again, SweepVariables.WARNED_USER_IDS)).doesNotContain(account.userId());
    assertThat(mailTo(account.email())).as("nothing is sent twice").hasSize(1);
    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);

    setClock("2027-04-30T11:00"); // day 60
    HistoricProcessInstance day60 = sweep();
    assertThat((String) variable(day60, SweepVariables.MADE_INACTIVE_USER_IDS)).contains(account.userId());
    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.INACTIVE);
    assertThat(body(onlyMailTo(account.email(), "Your user ID is inactive"))).contains("/requests/reactivate");

    HistoricProcessInstance after = sweep();
    assertThat((String) variable(after, SweepVariables.MADE_INACTIVE_USER_IDS)).doesNotContain(account.userId());
    assertThat(mailTo(account.email())).hasSize(2);
  }

  @Test
  void aLoginRestartsTheCount() {
    setClock("2027-06-01T09:00");
    AccountView account = account("FINANCE_MANAGER");
    setClock("2027-07-01T09:00");
    accounts.recordLogin(account.userId());

    setClock("2027-07-25T09:00"); // 54 days after activation, 24 after the login
    HistoricProcessInstance run = sweep();

    assertThat((String) variable(run, SweepVariables.WARNED_USER_IDS)).doesNotContain(account.userId());
    assertThat(mailTo(account.email())).isEmpty();
  }
}
