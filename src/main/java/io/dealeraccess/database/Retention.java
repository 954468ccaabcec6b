package io.dealeraccess.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the application's records past their retention ({@link RetentionProperties}), a batch of
 * {@value #BATCH} rows per short transaction, so a table of millions never sits in one. Every node may run it: a
 * row two nodes both pick is removed once, the other finds nothing.
 */
@Component
class Retention {

  static final int BATCH = 1000;
  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final RetentionProperties properties;
  private final Clock clock;

  Retention(JdbcTemplate jdbc, TransactionTemplate transactions, RetentionProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${dealeraccess.retention.cron}")
  void nightly() {
    Map<String, Integer> removed = removeExpired(clock.instant());
    log.info("Retention removed {}", removed);
  }

  /** Removes what is past its retention at {@code now}; the rows removed per table. */
  Map<String, Integer> removeExpired(Instant now) {
    Map<String, Integer> removed = new LinkedHashMap<>();
    Instant audit = now.minus(properties.auditTrail());
    removed.put("request_event", inBatches("request_event", "id", "occurred_at < ?", audit));
    removed.put("account_event", inBatches("account_event", "id", "occurred_at < ?", audit));
    removed.put("sent_email", inBatches("sent_email", "id", "sent_at < ?", audit));
    removed.put("sign_in_event", inBatches("sign_in_event", "id", "occurred_at < ?", audit));
    // a lock still running is kept, however old its first failure
    removed.put("login_throttle", inBatches("login_throttle", "user_id_key",
        "last_failure_at < ? and (locked_until is null or locked_until < ?)", now.minus(properties.loginAttempts()),
        now));
    removed.put("recovery_request", inBatches("recovery_request", "id", "occurred_at < ?",
        now.minus(properties.loginAttempts())));
    removed.put("identity_check_attempt", inBatches("identity_check_attempt", "id", "checked_at < ?",
        now.minus(properties.identityChecks())));
    // the applications' sign-ins (signin) past every expiry of their code and tokens: nothing can use them any more
    removed.put("oauth2_authorization", inBatches("oauth2_authorization", "id", "coalesce(refresh_token_expires_at, "
        + "access_token_expires_at, authorization_code_expires_at) < ?", now));
    // Spring Modulith's own clean-up removes them in one statement; a pending publication is never removed
    removed.put("event_publication", inBatches("event_publication", "id", "completion_date < ?",
        now.minus(properties.completedEvents())));
    return removed;
  }

  private int inBatches(String table, String key, String condition, Instant... before) {
    Object[] arguments = java.util.Arrays.stream(before).map(Timestamp::from).toArray();
    String delete = "delete from " + table + " where " + key + " in (select " + key + " from " + table + " where "
        + condition + " fetch first " + BATCH + " rows only)";
    int total = 0;
    int batch;
    do {
      batch = transactions.execute(status -> jdbc.update(delete, arguments));
      total += batch;
    } while (batch == BATCH);
    return total;
  }
}
