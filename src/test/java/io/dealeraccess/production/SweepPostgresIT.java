package io.dealeraccess.production;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.StaffRestClient;
import io.dealeraccess.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The inactivity sweep on PostgreSQL in production mode, at a size a test can wait for (the benchmark runs 100,000
 * IDs): a node killed with {@code kill -9} in the middle of a run, and a second node that starts afterwards and does
 * the rest. Every idle ID is warned or made inactive once, every email arrives once. No Spring context here: the
 * nodes are the packaged application; this test reads their database and receives their mail.
 */
class SweepPostgresIT {

  static final String DATABASE = "dealeraccess_sweep_it";
  static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
  private static final int EACH = 700;
  private static final int BATCH = 50;
  /** The killed node's job locks expire after 10 s, so the next node takes its batch over quickly. */
  private static final String[] NODE_ARGS = {"--camunda.bpm.job-execution.lock-time-in-millis=10000",
      "--dealeraccess.inactivity.batch-size=" + BATCH, "--dealeraccess.demo-data.enabled=false"};

  @AfterEach
  void stopTheNodes() {
    Nodes.stopAll();
  }

  private static Connection db() throws SQLException {
    return DriverManager.getConnection(URL, "postgres", "");
  }

  private static int count(String sql) {
    try (Connection db = db(); Statement statement = db.createStatement();
         ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code EACH} IDs idle 61 days, 51 days and 5 days, at a dealership of their own, as SQL (the old portal's). */
  private static void insertIdleIds() throws SQLException {
    Instant now = Instant.now();
    try (Connection db = db()) {
      db.setAutoCommit(false);
      try (Statement statement = db.createStatement()) {
        statement.execute("insert into dealership (pdn, name, active) values ('20005', 'Sweep Motors', true)");
      }
      try (PreparedStatement insert = db.prepareStatement("insert into dealer_user (user_id, pdn, first_name, "
          + "last_name, email, business_phone, role, password_hash, status, activated_at) values "
          + "(?, '20005', 'Sam', 'Sweep', ?, '555-123-4567', 'FINANCE_MANAGER', '{noop}x', 'ACTIVE', ?)")) {
        for (int days : new int[] {61, 51, 5}) {
          for (int i = 0; i < EACH; i++) {
            String userId = "idle" + days + "-" + i;
            insert.setString(1, userId);
            insert.setString(2, userId + "@sweep.example");
            insert.setTimestamp(3, Timestamp.from(now.minus(Duration.ofDays(days))));
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
      db.commit();
    }
  }

  /** Distinct Message-IDs per recipient, and the number of messages received for the sweep's IDs. */
  private static Map<String, Set<String>> sweepMailByRecipient() {
    Map<String, Set<String>> byRecipient = new HashMap<>();
    for (MimeMessage message : TestSmtp.server().getReceivedMessages()) {
      try {
        String to = message.getAllRecipients()[0].toString();
        if (to.endsWith("@sweep.example")) {
          byRecipient.computeIfAbsent(to, key -> new HashSet<>()).add(message.getMessageID());
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return byRecipient;
  }

  private static long sweepMessages() {
    return java.util.Arrays.stream(TestSmtp.server().getReceivedMessages()).filter(message -> {
      try {
        return message.getAllRecipients()[0].toString().endsWith("@sweep.example");
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).count();
  }

  @Test
  void aNodeKilledMidRunLosesNothingAndDoublesNothingAndTheNextNodeDoesTheRest() throws IOException, SQLException {
    PostgresDatabases.recreate(DATABASE);
    TestSmtp.purge();
    Nodes.Node first = Nodes.start("sweep-killed", URL, NODE_ARGS);
    first.awaitReady();
    insertIdleIds();

    StaffRestClient admin = new StaffRestClient(first.url(), "admin", Nodes.ADMIN_PASSWORD);
    StaffRestClient.Response started = admin.post(
        "/engine-rest/process-definition/key/inactive-user-id-sweep/start", "{}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String run = started.json().get("id").asText();

    // kill -9 as soon as the first batch has committed: the run is under way, most of it still to do
    String warned = "select count(*) from dealer_user where pdn = '20005' and idle_warned_for is not null";
    Nodes.waitFor(Duration.ofSeconds(60), () -> count(warned) > 0, "the first batch to commit");
    first.process().destroyForcibly();
    int warnedAtKill = count(warned);
    assertThat(warnedAtKill).as("killed mid-run, not after it").isLessThan(EACH);

    Nodes.Node second = Nodes.start("sweep-survivor", URL, NODE_ARGS);
    second.awaitReady();
    Nodes.waitFor(Duration.ofSeconds(180), () -> count("select count(*) from act_hi_procinst where id_ = '" + run
        + "' and end_time_ is not null") == 1, "the run to end on the second node");

    assertThat(count("select count(*) from dealer_user where pdn = '20005' and status = 'INACTIVE'"))
        .as("every ID idle 60 days or more made inactive, no other").isEqualTo(EACH);
    assertThat(count("select count(*) from dealer_user where user_id like 'idle61-%' and status = 'INACTIVE'"))
        .isEqualTo(EACH);
    assertThat(count("select count(*) from dealer_user where user_id like 'idle51-%' and status = 'ACTIVE' "
        + "and idle_warned_for is not null")).as("every ID idle 50 days warned").isEqualTo(EACH);
    assertThat(count("select count(*) from dealer_user where user_id like 'idle5-%' and status = 'ACTIVE' "
        + "and idle_warned_for is null")).as("the IDs in use untouched").isEqualTo(EACH);
    assertThat(count("select cast(long_ as integer) from act_hi_varinst where proc_inst_id_ = '" + run
        + "' and name_ = 'warnedCount'") + count("select cast(long_ as integer) from act_hi_varinst where "
        + "proc_inst_id_ = '" + run + "' and name_ = 'madeInactiveCount'"))
        .as("the run's counts in Cockpit: each ID counted once, the killed batch not twice").isEqualTo(2 * EACH);

    // the emails the killed node had recorded but not sent go out with the next minute's resend (on the new node)
    Nodes.waitFor(Duration.ofSeconds(150), () -> count("select count(*) from sent_email where dedup_key like "
        + "'idle-warning:idle51-%' or dedup_key like 'user-id-inactive:idle61-%'") == 2 * EACH
        && count("select count(*) from event_publication where completion_date is null") == 0,
        "every email of the run to be sent");
    Map<String, Set<String>> mail = sweepMailByRecipient();
    assertThat(mail).as("an email to each idle ID, none to an ID in use").hasSize(2 * EACH)
        .allSatisfy((to, messageIds) -> assertThat(messageIds).as("emails to %s", to).hasSize(1));
    // the one way an email arrives twice: the node died between the SMTP server's "accepted" and the send's record
    // (at most one per mail thread, 2); the resend has the same Message-ID, which mail clients show once
    assertThat(sweepMessages()).as("no email doubled but for the send the kill interrupted")
        .isBetween((long) 2 * EACH, (long) 2 * EACH + 2);
  }
}
