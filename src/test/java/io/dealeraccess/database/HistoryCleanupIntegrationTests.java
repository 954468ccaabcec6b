package io.dealeraccess.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.request.RequestView;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A bounded database: Camunda's history cleanup is configured (a nightly window, batches) and removes an ended
 * request's history once its time to live has passed, while a running request keeps all of its history.
 */
// a database of its own: the cleanup removes every ended instance past its time to live, other tests' included;
// and an engine of its own name: Camunda's REST API finds its engine by name in a JVM-wide registry, and a second
// "default" would take the other tests' REST calls to this database (seen: their tasks and instances "not found");
// no hyphen: Camunda ignores a name with one
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:history-cleanup;DB_CLOSE_DELAY=-1",
    "camunda.bpm.process-engine-name=historycleanup"})
class HistoryCleanupIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private HistoryService history;

  private HistoricProcessInstance historyOf(RequestView request) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(request.reference())
        .singleResult();
  }

  @Test
  void theCleanupHasANightlyWindowAndBatches() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration();

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
    assertThat(configuration.getHistoryCleanupBatchWindowStartTimeAsDate()).as("parsed").isNotNull();
  }

  @Test
  void anEndedRequestsHistoryGoesAfterItsTimeToLiveARunningOnesStays() {
    RequestView ended = removalInReview();
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(ended.reference())
        .singleResult().getId(), Map.of("approved", true));
    executeJobs(instanceOf(ended.reference()).getId());
    RequestView running = removalInReview();
    HistoricProcessInstance endedHistory = historyOf(ended);
    assertThat(endedHistory.getEndTime()).as("ended").isNotNull();
    assertThat(endedHistory.getRemovalTime()).as("removed 180 days after its end")
        .isEqualTo(Date.from(endedHistory.getEndTime().toInstant().plus(Duration.ofDays(180))));

    ClockUtil.setCurrentTime(Date.from(endedHistory.getRemovalTime().toInstant().plus(Duration.ofHours(1))));
    history.cleanUpHistoryAsync(true);
    // each run removes one batch of up to 500 instances
    for (int round = 0; round < 50 && historyOf(ended) != null; round++) {
      for (Job cleanup : history.findHistoryCleanupJobs()) {
        managementService.executeJob(cleanup.getId());
      }
    }

    assertThat(historyOf(ended)).as("the ended request's history").isNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(endedHistory.getId()).count())
        .as("its activities").isZero();
    assertThat(historyOf(running)).as("the running request's history").isNotNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(historyOf(running).getId()).count())
        .as("its activities").isPositive();
  }
}
