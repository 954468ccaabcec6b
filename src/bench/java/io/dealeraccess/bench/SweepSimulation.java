package io.dealeraccess.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The daily inactivity sweep at a lender's scale, on PostgreSQL in production mode: {@code bench.sweep-ids} ACTIVE
 * IDs (100,000 by default), a tenth idle 61 days, a tenth idle 51 days, the rest in use; one run of
 * {@code inactive-user-id-sweep} started over REST while dealers in use keep logging in (Gatling). Figures: the run's
 * time (target at most 5 minutes), when the last email arrived, each email once (the benchmark's own SMTP server
 * counts them by Message-ID), the longest batch against the job lock, the run's counts in Cockpit, and the dealers'
 * login times during the run. Writes docs/BENCHMARKS-sweep.md.
 *
 * <p>{@code ./mvnw -Pbench verify -Dbench.simulation=io.dealeraccess.bench.SweepSimulation}
 */
public class SweepSimulation extends Simulation {

  static final int IDS = Integer.getInteger("bench.sweep-ids", 100_000);
  static final int IDLE_60 = IDS / 10;
  static final int IDLE_50 = IDS / 10;
  static final Duration TARGET = Duration.ofMinutes(5);
  private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/dealeraccess_bench";
  static final String PASSWORD = "Correct-Horse-Staple-9";
  private static final String LOGIN_LOAD = "login during the sweep";
  private static final AtomicLong LOGINS = new AtomicLong();

  private final GreenMail smtp;
  private final Instance instance;
  private final AtomicBoolean sweepDone = new AtomicBoolean();
  private Duration seeding;
  private Instant started;
  private Duration run;
  private Duration lastEmail;
  private String runId;

  public SweepSimulation() throws Exception {
    int smtpPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    instance = Instance.onPostgresMailingTo(smtpPort, IntakeSimulation.BCRYPT);
    long t0 = System.nanoTime();
    insertIds();
    seeding = Duration.ofNanos(System.nanoTime() - t0);
    System.out.printf(Locale.ROOT, "[bench] %,d IDs inserted in %.0f s%n", IDS, seeding.toMillis() / 1000.0);

    // a dealer logs in about every second meanwhile (each login hashes with BCrypt: more would measure BCrypt)
    setUp(scenario(LOGIN_LOAD).exec(asLongAs(session -> !sweepDone.get())
            .on(login(LOGIN_LOAD, IDS - IDLE_60 - IDLE_50).pause(Duration.ofSeconds(1))))
        .injectOpen(atOnceUsers(1)))
        .protocols(http.baseUrl(instance.url).disableCaching()
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8"));
  }

  /**
   * A dealer whose ID is in use ({@code inuse-0} to {@code inuse-(ids-1)}, {@link #PASSWORD}) logs in to My Profile
   * (each login counts as use); recorded as {@code load}.
   */
  static ChainBuilder login(String load, int ids) {
    return exec(session -> session.set("t0", System.nanoTime())
            .set("userId", "inuse-" + (LOGINS.incrementAndGet() % ids)))
        .exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
        .exec(http("log in").post("/login").formParam("_csrf", "#{csrf}").formParam("userId", "#{userId}")
            .formParam("password", PASSWORD).check(css("#account-user-id").exists(),
                css("form[action$=logout] input[name=_csrf]", "value").saveAs("csrf")))
        .exitHereIfFailed()
        .exec(session -> {
          Recorder.completed(load, session.getLong("t0"));
          return session;
        })
        .exec(http("log out").post("/logout").formParam("_csrf", "#{csrf}"));
  }

  /** The IDs, as SQL (an old portal's export would be loaded the same way): every one with the same password. */
  private static void insertIds() throws Exception {
    String hash = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(
        IntakeSimulation.BCRYPT).encode(PASSWORD);
    Instant now = Instant.now();
    try (Connection db = DriverManager.getConnection(DATABASE, "postgres", "")) {
      db.setAutoCommit(false);
      try (Statement statement = db.createStatement()) {
        statement.execute("insert into dealership (pdn, name, active) values ('30001', 'Scale Motors', true)");
      }
      try (PreparedStatement insert = db.prepareStatement("insert into dealer_user (user_id, pdn, first_name, "
          + "last_name, email, business_phone, role, password_hash, status, activated_at, last_login_at) values "
          + "(?, '30001', 'Sam', 'Scale', ?, '555-123-4567', 'FINANCE_MANAGER', ?, 'ACTIVE', ?, ?)")) {
        for (int i = 0; i < IDS; i++) {
          String userId = i < IDLE_60 ? "idle61-" + i : i < IDLE_60 + IDLE_50 ? "idle51-" + i
              : "inuse-" + (i - IDLE_60 - IDLE_50);
          int days = i < IDLE_60 ? 61 : i < IDLE_60 + IDLE_50 ? 51 : 5;
          insert.setString(1, userId);
          insert.setString(2, userId + "@scale.example");
          insert.setString(3, hash);
          insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(400))));
          insert.setTimestamp(5, Timestamp.from(now.minus(Duration.ofDays(days))));
          insert.addBatch();
          if (i % 5_000 == 4_999) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      db.commit();
      try (Statement statement = db.createStatement()) {
        db.setAutoCommit(true);
        statement.execute("analyze"); // as autovacuum would; this machine's PostgreSQL runs without it
      }
    }
  }

  @Override
  public void before() {
    try {
      EngineRest admin = EngineRest.admin(instance.url);
      started = Instant.now();
      runId = admin.post("/process-definition/key/inactive-user-id-sweep/start", Map.of()).get("id").asText();
      Thread watcher = new Thread(() -> {
        try {
          while (admin.count("/history/process-instance/count?finished=true&processInstanceId=" + runId) == 0) {
            if (Duration.between(started, Instant.now()).compareTo(TARGET.multipliedBy(4)) > 0) {
              break;
            }
            Thread.sleep(200);
          }
          run = Duration.between(started, Instant.now());
        } catch (Exception e) {
          System.out.println("[bench] watching the sweep failed: " + e);
        } finally {
          sweepDone.set(true);
        }
      }, "sweep-watcher");
      watcher.setDaemon(true);
      watcher.start();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void after() {
    report("BENCHMARKS-sweep.md", this::measure, instance, smtp);
  }

  /** Writes {@code docs/<file>} with what {@code measure} says, prints it, then stops the instance and SMTP server. */
  static void report(String file, java.util.concurrent.Callable<String> measure, Instance instance, GreenMail smtp) {
    try {
      try {
        String report = measure.call();
        Files.createDirectories(Path.of("docs"));
        Files.writeString(Path.of("docs", file), report);
        System.out.println(report);
      } finally {
        instance.stop();
        smtp.stop();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String measure() throws Exception {
    EngineRest admin = EngineRest.admin(instance.url);
    int expected = IDLE_60 + IDLE_50;
    // the emails go out after each batch commits; wait for the last (pending ones are resent every minute)
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (sweepMail().size() < expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    lastEmail = Duration.between(started, Instant.now());
    Thread.sleep(5_000); // anything sent twice would arrive now
    java.util.List<MimeMessage> received = sweepMail();
    Set<String> messageIds = new HashSet<>();
    Set<String> recipients = new HashSet<>();
    for (MimeMessage message : received) {
      messageIds.add(message.getMessageID());
      recipients.add(message.getAllRecipients()[0].toString());
    }
    long inactive;
    long warned;
    long inUseTouched;
    try (Connection db = DriverManager.getConnection(DATABASE, "postgres", "")) {
      inactive = count(db, "select count(*) from dealer_user where user_id like 'idle61-%' and status = 'INACTIVE'");
      warned = count(db, "select count(*) from dealer_user where user_id like 'idle51-%' and status = 'ACTIVE' "
          + "and idle_warned_for is not null");
      inUseTouched = count(db, "select count(*) from dealer_user where user_id like 'inuse-%' and (status <> "
          + "'ACTIVE' or idle_warned_for is not null)");
    }
    long batches = 0;
    long longestBatch = 0;
    for (JsonNode step : admin.get("/history/activity-instance?processInstanceId=" + runId
        + "&activityType=serviceTask&maxResults=100000")) {
      batches++;
      longestBatch = Math.max(longestBatch, step.path("durationInMillis").asLong());
    }
    Map<String, Long> counts = new java.util.HashMap<>();
    for (JsonNode variable : admin.get("/history/variable-instance?processInstanceId=" + runId)) {
      if (variable.path("value").isNumber()) {
        counts.put(variable.get("name").asText(), variable.get("value").asLong());
      }
    }
    long lockMillis = 300_000;
    Recorder.Figures logins = Recorder.figures(LOGIN_LOAD);

    StringBuilder out = new StringBuilder("# Benchmark: the inactivity sweep at a lender's scale\n\n");
    out.append("Written by `./mvnw -Pbench verify -Dbench.simulation=io.dealeraccess.bench.SweepSimulation")
        .append(IDS != 100_000 ? " -Dbench.sweep-ids=" + IDS : "")
        .append(System.getProperty("bench.jvm", "").isBlank() ? ""
            : " -Dbench.jvm=\"" + System.getProperty("bench.jvm").strip() + "\"")
        .append("` on ").append(LocalDate.now()).append(": ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores, Java ").append(System.getProperty("java.version")).append(", PostgreSQL (local), ")
        .append("the packaged application in production mode (`postgres` profile), its mail to the benchmark's own ")
        .append("SMTP server (GreenMail), while a dealer whose ID is in use logs in about every second.\n\n");
    out.append(String.format(Locale.ROOT, "%,d ACTIVE IDs inserted with SQL (%.0f s): %,d last used 61 days ago, "
        + "%,d 51 days ago, %,d 5 days ago. One run started with `POST /engine-rest/process-definition/key/"
        + "inactive-user-id-sweep/start`.%n%n", IDS, seeding.toMillis() / 1000.0, IDLE_60, IDLE_50,
        IDS - IDLE_60 - IDLE_50));
    out.append("| | figure | target |\n|---|---|---|\n");
    out.append(run == null ? "| the run | did not end |  |\n" : String.format(Locale.ROOT,
        "| the run, start to end | **%.0f s** | ≤ %d s (%s) |%n", run.toMillis() / 1000.0, TARGET.toSeconds(),
        run.compareTo(TARGET) <= 0 ? "met" : "missed"));
    out.append(String.format(Locale.ROOT, "| the last email received, from the start | %.0f s | |%n",
        lastEmail.toMillis() / 1000.0));
    out.append(String.format(Locale.ROOT, "| made INACTIVE / warned / IDs in use changed | %,d of %,d / %,d of %,d / "
        + "%,d | all, all, none (%s) |%n", inactive, IDLE_60, warned, IDLE_50, inUseTouched,
        inactive == IDLE_60 && warned == IDLE_50 && inUseTouched == 0 ? "met" : "missed"));
    out.append(String.format(Locale.ROOT, "| emails received / distinct Message-IDs / distinct recipients | %,d / "
        + "%,d / %,d | %,d each, once (%s) |%n", received.size(), messageIds.size(), recipients.size(), expected,
        received.size() == expected && messageIds.size() == expected && recipients.size() == expected
            ? "met" : "missed"));
    out.append(String.format(Locale.ROOT, "| batch jobs / the longest batch | %d / %.1f s | shorter than the job "
        + "lock, %d s (%s) |%n", batches, longestBatch / 1000.0, lockMillis / 1000,
        longestBatch < lockMillis ? "met" : "missed"));
    out.append(String.format(Locale.ROOT, "| the run's counts in Cockpit (`warnedCount`, `madeInactiveCount`) | "
        + "%s, %s | |%n", counts.get("warnedCount"), counts.get("madeInactiveCount")));
    out.append(String.format(Locale.ROOT, "| dealers' logins during the run: count, p50 / p95 / p99 | %d, %.0f / "
        + "%.0f / %.0f ms | |%n%n", logins.journeys(), logins.p50(), logins.p95(), logins.p99()));
    out.append("Each batch (").append("`dealeraccess.inactivity.batch-size`, 500) is its own job and transaction; ")
        .append("the emails are recorded with the batch (Spring Modulith's event publication registry) and sent ")
        .append("after it commits on the application's two mail threads, so the last email arrives after the run ")
        .append("ends.\n");
    return out.toString();
  }

  /** The emails to the benchmark's IDs (the demo data's own emails aside). */
  private java.util.List<MimeMessage> sweepMail() throws Exception {
    return mailTo(smtp, "@scale.example");
  }

  /** The emails {@code smtp} received for addresses ending in {@code domain}. */
  static java.util.List<MimeMessage> mailTo(GreenMail smtp, String domain) throws Exception {
    java.util.List<MimeMessage> ours = new java.util.ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().endsWith(domain)) {
        ours.add(message);
      }
    }
    return ours;
  }

  static long count(Connection db, String sql) throws Exception {
    try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
