package io.dealeraccess.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the application's own records are kept (ISO-8601 durations), removed nightly at {@code cron}: the audit
 * trail (request and account events, the record of each email sent) for years, login attempts and the help desk's
 * identity checks for weeks, Spring Modulith's completed event publications for days.
 */
@ConfigurationProperties("dealeraccess.retention")
public record RetentionProperties(Duration auditTrail, Duration loginAttempts, Duration identityChecks,
    Duration completedEvents, String cron) {
}
