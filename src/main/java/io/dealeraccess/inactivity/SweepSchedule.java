package io.dealeraccess.inactivity;

import io.dealeraccess.DealerAccessProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SweepSchedule {

  /**
   * When inactive-user-id-sweep runs: its timer start event reads this bean ({@code ${inactivitySweepSchedule}}).
   * A Camunda cron expression (seconds first), in the engine's time zone.
   */
  @Bean
  String inactivitySweepSchedule(DealerAccessProperties properties) {
    return properties.inactivity().sweepCron();
  }
}
