package io.dealeraccess;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's one clock: every service reads "now" from the {@link Clock} bean made here, never from the
 * engine. It follows the process engine's clock (Camunda's {@code ClockUtil}: the system time unless a test moves
 * it), so requests, emails, login locks, links and the engine's timers and due dates agree on the time, and a test
 * that moves the engine's clock moves the application's with it, from one place. This and the engine-facing classes
 * (the SLA's business calendar) are the only ones that read the engine's clock: a move to another engine changes
 * them, not the services.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationClock {

  @Bean
  Clock clock() {
    return new EngineClock(ZoneOffset.UTC);
  }

  /** A {@link Clock} whose instant is the process engine's current time. */
  static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }
  }
}
