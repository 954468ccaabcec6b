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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
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
  @Autowired
  private InactivitySweep inactivity;

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
    sweep();
    assertThat(mailTo(account.email())).as("day 49: no warning").isEmpty();

    setClock("2027-04-20T11:00"); // day 50 (daylight saving time began in between)
    HistoricProcessInstance day50 = sweep();
    assertThat((Integer) variable(day50, SweepVariables.WARNED_COUNT)).isPositive();
    assertThat(body(onlyMailTo(account.email(), "Log in within 10 days"))).contains(account.userId());

    setClock("2027-04-20T15:00"); // the same day again
    sweep();
    assertThat(mailTo(account.email())).as("nothing is sent twice").hasSize(1);
    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);

    setClock("2027-04-30T11:00"); // day 60
    HistoricProcessInstance day60 = sweep();
    assertThat((Integer) variable(day60, SweepVariables.MADE_INACTIVE_COUNT)).isPositive();
    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.INACTIVE);
    assertThat(body(onlyMailTo(account.email(), "Your user ID is inactive"))).contains("/requests/reactivate");

    sweep();
    assertThat(mailTo(account.email())).hasSize(2);
  }

  /**
   * A run works in batches (here of 2; 500 by default, `dealeraccess.inactivity.batch-size`), each its own job: every
   * idle ID is warned or made inactive, each once, and the run's counts add up over the batches.
   */
  @Test
  void aRunWorksInBatchesEachItsOwnJobAndEveryIdleIdIsDone() {
    int before = inactivity.batchSize(2);
    try {
      runInBatches();
    } finally {
      inactivity.batchSize(before);
    }
  }

  private void runInBatches() {
    setClock("2028-01-03T09:00");
    List<AccountView> warnNext = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      warnNext.add(account("FINANCE_MANAGER"));
    }
    setClock("2028-01-13T09:00");
    List<AccountView> inactiveNext = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      inactiveNext.add(account("FINANCE_MANAGER"));
    }
    // day 61 for the first five, day 51 for the others; every older ID of the shared database is 60+ days idle too
    setClock("2028-03-04T09:00");

    Job timer = managementService.createJobQuery().processDefinitionKey("inactive-user-id-sweep").timers()
        .singleResult();
    managementService.executeJob(timer.getId());
    String runId = runtimeService.createProcessInstanceQuery().processDefinitionKey("inactive-user-id-sweep")
        .singleResult().getId();
    int jobs = 0;
    for (List<Job> due = managementService.createJobQuery().processInstanceId(runId).executable().list();
        !due.isEmpty(); due = managementService.createJobQuery().processInstanceId(runId).executable().list()) {
      assertThat(due).as("one batch at a time").hasSize(1);
      managementService.executeJob(due.get(0).getId());
      jobs++;
    }

    assertThat(jobs).as("one job per batch of two: several for ten IDs").isGreaterThanOrEqualTo(6);
    HistoricProcessInstance run = history.createHistoricProcessInstanceQuery().processInstanceId(runId)
        .singleResult();
    assertThat(run.getEndTime()).as("the run ended").isNotNull();
    assertThat((Integer) variable(run, SweepVariables.MADE_INACTIVE_COUNT)).isGreaterThanOrEqualTo(5);
    assertThat((Integer) variable(run, SweepVariables.WARNED_COUNT)).isGreaterThanOrEqualTo(5);
    for (AccountView account : warnNext) {
      assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.INACTIVE);
      assertThat(mailTo(account.email())).extracting(IntegrationTestSupport::subject)
          .containsExactly("Your user ID is inactive");
    }
    for (AccountView account : inactiveNext) {
      assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);
      assertThat(mailTo(account.email())).extracting(IntegrationTestSupport::subject)
          .containsExactly("Log in within 10 days to keep your user ID");
    }
  }

  @Test
  void aLoginRestartsTheCount() {
    setClock("2027-06-01T09:00");
    AccountView account = account("FINANCE_MANAGER");
    setClock("2027-07-01T09:00");
    accounts.recordLogin(account.userId());

    setClock("2027-07-25T09:00"); // 54 days after activation, 24 after the login
    sweep();

    assertThat(mailTo(account.email())).isEmpty();
    assertThat(accounts.find(account.userId()).orElseThrow().status()).isEqualTo(DealerUserStatus.ACTIVE);
  }
}
