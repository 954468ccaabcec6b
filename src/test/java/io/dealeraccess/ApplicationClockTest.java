package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One clock: the application's follows the engine's, and only engine-facing code reads the engine's. */
class ApplicationClockTest {

  /** The classes allowed to read Camunda's clock: the bridge itself and the engine's business calendar. */
  private static final Set<String> ENGINE_FACING = Set.of("io/dealeraccess/ApplicationClock.java",
      "io/dealeraccess/sla/BusinessCalendar.java");

  @AfterEach
  void resetTheEnginesClock() {
    ClockUtil.reset();
  }

  @Test
  void movingTheEnginesClockMovesTheApplicationsFromOnePlace() {
    Clock clock = new ApplicationClock().clock();
    Instant later = Instant.now().plus(Duration.ofDays(61)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    ClockUtil.setCurrentTime(Date.from(later));

    assertThat(clock.instant()).isEqualTo(later);
    assertThat(clock.withZone(java.time.ZoneId.of("America/New_York")).instant()).isEqualTo(later);
    ClockUtil.reset();
    assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void noServiceReadsTheEnginesClock() {
    List<String> readers = MainSources.matching(text -> text.contains("ClockUtil"), "src/main/java");
    assertThat(readers).as("classes reading Camunda's ClockUtil").isNotEmpty()
        .allSatisfy(reader -> assertThat(ENGINE_FACING).as("%s reads the engine's clock: use the Clock bean", reader)
            .contains(reader));
  }
}
