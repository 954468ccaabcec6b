package io.dealeraccess.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import io.dealeraccess.account.AccountView;
import io.dealeraccess.request.RequestView;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bounded database for the application's own tables: each kind of record is removed once past its retention
 * (as configured: the audit trail 7 years, login attempts and identity checks 4 weeks), the younger ones kept.
 */
class RetentionIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private Retention retention;
  @Autowired
  private RetentionProperties properties;
  @Autowired
  private JdbcTemplate jdbc;

  private final Instant now = Instant.now();

  private Timestamp ago(Duration age) {
    return Timestamp.from(now.minus(age));
  }

  private long dealerUserId(AccountView account) {
    return jdbc.queryForObject("select id from dealer_user where user_id = ?", Long.class, account.userId());
  }

  private boolean exists(String table, String key, Object value) {
    return jdbc.queryForObject("select count(*) from " + table + " where " + key + " = ?", Integer.class, value) > 0;
  }

  @Test
  void theShippedRetentionKeepsTheAuditTrailForYearsAndLoginAttemptsForWeeks() {
    assertThat(properties.auditTrail()).isEqualTo(Duration.ofDays(2557));
    assertThat(properties.loginAttempts()).isEqualTo(Duration.ofDays(28));
    assertThat(properties.identityChecks()).isEqualTo(Duration.ofDays(28));
    assertThat(properties.completedEvents()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void eachRecordIsRemovedOncePastItsRetentionAndTheYoungerOnesAreKept() {
    RequestView request = removalInReview();
    AccountView account = account("FINANCE_MANAGER");
    long user = dealerUserId(account);
    Duration audit = properties.auditTrail();
    Duration weeks = properties.loginAttempts();
    jdbc.update("insert into request_event (request_id, occurred_at, actor, event_type, detail) values "
        + "(?, ?, 'test', 'OLD', 'past'), (?, ?, 'test', 'YOUNG', 'kept')", request.id(),
        ago(audit.plusDays(1)), request.id(), ago(audit.minusDays(1)));
    jdbc.update("insert into account_event (dealer_user_id, occurred_at, actor, event_type) values "
        + "(?, ?, 'test', 'OLD'), (?, ?, 'test', 'YOUNG')", user, ago(audit.plusDays(1)), user,
        ago(audit.minusDays(1)));
    String key = "retention-" + account.userId();
    jdbc.update("insert into sent_email (dedup_key, request_id, template, recipients, subject, sent_at) values "
        + "(?, ?, 't', 'a@b.example', 's', ?), (?, ?, 't', 'a@b.example', 's', ?)", key + "-old", request.id(),
        ago(audit.plusDays(1)), key + "-young", request.id(), ago(audit.minusDays(1)));
    jdbc.update("insert into login_throttle (user_id_key, failures, locked_until, last_failure_at) values "
        + "(?, 3, null, ?), (?, 3, null, ?), (?, 5, ?, ?)", key + "-old", ago(weeks.plusDays(1)), key + "-young",
        ago(weeks.minusDays(1)), key + "-locked", Timestamp.from(now.plus(Duration.ofMinutes(5))),
        ago(weeks.plusDays(1)));
    jdbc.update("insert into identity_check_attempt (dealer_user_id, checked_at, staff_user, matched) values "
        + "(?, ?, 'agent', false), (?, ?, 'agent', true)", user, ago(weeks.plusDays(1)), user,
        ago(weeks.minusDays(1)));
    Duration events = properties.completedEvents();
    java.util.UUID sentLongAgo = java.util.UUID.randomUUID();
    java.util.UUID sentLately = java.util.UUID.randomUUID();
    java.util.UUID stillPending = java.util.UUID.randomUUID();
    jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, "
        + "completion_date) values (?, 'l', 't', '{}', ?, ?), (?, 'l', 't', '{}', ?, ?), (?, 'l', 't', '{}', ?, null)",
        sentLongAgo, ago(events.plusDays(2)), ago(events.plusDays(1)), sentLately, ago(events.plusDays(2)),
        ago(events.minusDays(1)), stillPending, ago(events.plusDays(30)));

    Map<String, Integer> removed = retention.removeExpired(now);

    assertThat(removed).containsKeys("request_event", "account_event", "sent_email", "login_throttle",
        "identity_check_attempt", "event_publication");
    assertThat(jdbc.queryForList("select event_type from request_event where request_id = ? and actor = 'test'",
        String.class, request.id())).containsExactly("YOUNG");
    assertThat(jdbc.queryForList("select event_type from account_event where dealer_user_id = ?", String.class,
        user)).containsExactly("YOUNG");
    assertThat(exists("sent_email", "dedup_key", key + "-old")).isFalse();
    assertThat(exists("sent_email", "dedup_key", key + "-young")).isTrue();
    assertThat(exists("login_throttle", "user_id_key", key + "-old")).isFalse();
    assertThat(exists("login_throttle", "user_id_key", key + "-young")).isTrue();
    assertThat(exists("login_throttle", "user_id_key", key + "-locked")).as("a lock still running").isTrue();
    assertThat(jdbc.queryForList("select matched from identity_check_attempt where dealer_user_id = ?",
        Boolean.class, user)).containsExactly(true);
    assertThat(exists("event_publication", "id", sentLongAgo)).as("an account email sent long ago").isFalse();
    assertThat(exists("event_publication", "id", sentLately)).as("one sent lately").isTrue();
    assertThat(exists("event_publication", "id", stillPending)).as("one never sent, however old").isTrue();
    jdbc.update("delete from event_publication where id = ?", stillPending);
  }

  @Test
  void aSignInIsRemovedOnceItsLastTokenHasExpired() {
    String prefix = "retention-" + uniqueUserId();
    jdbc.update("insert into oauth2_authorization (id, registered_client_id, principal_name, authorization_grant_type,"
        + " access_token_expires_at, refresh_token_expires_at) values (?, 'c', 'p', 'authorization_code', ?, ?), "
        + "(?, 'c', 'p', 'authorization_code', ?, ?)", prefix + "-done", ago(Duration.ofHours(9)),
        ago(Duration.ofHours(1)), prefix + "-refreshable", ago(Duration.ofHours(1)),
        Timestamp.from(now.plus(Duration.ofHours(7))));

    retention.removeExpired(now);

    assertThat(exists("oauth2_authorization", "id", prefix + "-done")).isFalse();
    assertThat(exists("oauth2_authorization", "id", prefix + "-refreshable")).as("its refresh token still works")
        .isTrue();
  }

  /** More rows than one batch: every batch is its own transaction, and the loop goes on until none is left. */
  @Test
  void moreThanOneBatchIsRemovedInBatches() {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < Retention.BATCH * 2 + 7; i++) {
      rows.add(new Object[] {"batch-" + now.toEpochMilli() + "-" + i,
          ago(properties.loginAttempts().plusDays(2))});
    }
    jdbc.batchUpdate("insert into login_throttle (user_id_key, failures, last_failure_at) values (?, 1, ?)", rows);

    Map<String, Integer> removed = retention.removeExpired(now);

    assertThat(removed.get("login_throttle")).isGreaterThanOrEqualTo(Retention.BATCH * 2 + 7);
    assertThat(jdbc.queryForObject("select count(*) from login_throttle where user_id_key like ?", Integer.class,
        "batch-" + now.toEpochMilli() + "-%")).isZero();
  }
}
