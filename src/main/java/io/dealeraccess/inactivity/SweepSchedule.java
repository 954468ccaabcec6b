package io.dealeraccess.inactivity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SweepSchedule {

  /**
   * When inactive-user-id-sweep runs: its timer start event reads this bean ({@code ${inactivitySweepSchedule}}).
   * A Camunda cron expression (seconds first), in the engine's time zone.
   */
  @Bean
  String inactivitySweepSchedule(@Value("${dealeraccess.inactivity.sweep-cron}") String cron) {
    return cron;
  }
}
