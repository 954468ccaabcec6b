package io.dealeraccess.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Intake, measured against bare Camunda in the same run: whole dealer registrations (every page and POST, captcha off)
 * and, alternating with them at the same concurrency, starting a one-user-task process through Camunda's REST API.
 * Then start-up and peak memory against a plain Camunda Spring Boot application. Writes docs/BENCHMARKS.md; Gatling
 * writes its HTML report under target/gatling/.
 *
 * <p>{@code -Dbench.postgres=true} runs the instance on the local PostgreSQL; {@code -Dbench.seconds=N} sets each
 * load's duration (20 by default).
 */
public class IntakeSimulation extends Simulation {

  static final boolean POSTGRES = Boolean.getBoolean("bench.postgres");
  /** The report: one per database, so a PostgreSQL run does not replace the H2 figures. */
  static final String REPORT = POSTGRES ? "BENCHMARKS-postgres.md" : "BENCHMARKS.md";
  static final int SECONDS = Integer.getInteger("bench.seconds", 20);
  static final int[] USERS = {1, 8, 32};
  /** The instance's BCrypt cost; lower only to see what hashing costs (the report says so). */
  static final int BCRYPT = Integer.getInteger("bench.bcrypt-strength", 10);
  static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes());
  private static final AtomicLong DEALERS = new AtomicLong();
  /** Part 3: how many SLA timers fall due at once, seeded by this many concurrent dealers. */
  static final int TIMERS = Integer.getInteger("bench.timers", 5000);
  static final int SEEDERS = 8;
  /** Part 2: the queue's two lengths. */
  static final int[] QUEUE = java.util.Arrays.stream(System.getProperty("bench.queue", "200,20000").split(","))
      .mapToInt(length -> Integer.parseInt(length.strip())).toArray();
  private String timerBurst = "not run";
  /** Part 2's timings by the queue's length when measured (longer than asked when part 3's requests are more). */
  private final java.util.TreeMap<Long, Map<String, HelpDeskQueue.Timing>> queue = new java.util.TreeMap<>();
  private double seedSeconds;
  private String timerBurst2 = "not run: two nodes need PostgreSQL (`-Dbench.postgres=true`)";
  private double seedSeconds2;

  private final Instance instance;
  /** The start-ups compared (stopped): the fastest of two each. */
  private Instance plainStartUp;
  private Instance classpathStartUp;
  private String heapAtEnd = "not measured";

  public IntakeSimulation() throws Exception {
    instance = Instance.dealerAccessDesk(POSTGRES, BCRYPT);
    deployBaselineProcess(instance.url);

    HttpProtocolBuilder protocol = http.baseUrl(instance.url)
        .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
        .disableCaching();
    PopulationBuilder chain = scenario("warm-up").exec(registration("warm-up"))
        .injectClosed(constantConcurrentUsers(8).during(Math.max(10, SECONDS / 2)));
    List<PopulationBuilder> loads = new ArrayList<>();
    for (int users : USERS) {
      loads.add(scenario("intake at " + users).exec(registration("intake at " + users))
          .injectClosed(constantConcurrentUsers(users).during(SECONDS)));
      loads.add(scenario("baseline at " + users).exec(baselineStart("baseline at " + users))
          .injectClosed(constantConcurrentUsers(users).during(SECONDS)));
    }
    PopulationBuilder last = loads.get(loads.size() - 1);
    for (int i = loads.size() - 2; i >= 0; i--) {
      last = loads.get(i).andThen(last);
    }
    setUp(chain.andThen(last)).protocols(protocol);
  }

  /** A whole registration, from the home page to the printable confirmation, as a new dealer. */
  static ChainBuilder registration(String load) {
    return exec(session -> session.set("t0", System.nanoTime()).set("userId", "bench" + DEALERS.incrementAndGet()))
        .exec(http("home page").get("/"))
        .exec(http("PDN page").get("/register").check(css("input[name=_csrf]", "value").saveAs("csrf")))
        .exec(http("PDN").post("/register").formParam("_csrf", "#{csrf}").formParam("pdn", "10001")
            .check(css("input[name=submissionKey]", "value").saveAs("key")))
        .exec(http("details").post("/register/details")
            .formParam("_csrf", "#{csrf}").formParam("submissionKey", "#{key}").formParam("pdn", "10001")
            .formParam("firstName", "Pat").formParam("lastName", "Bench")
            .formParam("email", "#{userId}@bench.example").formParam("businessPhone", "555-123-4567")
            .formParam("role", "FINANCE_MANAGER").formParam("userId", "#{userId}")
            .formParam("password", "Correct-Horse-Staple-9").formParam("confirmPassword", "Correct-Horse-Staple-9")
            .formParam("question1", "FIRST_PET").formParam("answer1", "Rex")
            .formParam("question2", "BIRTH_CITY").formParam("answer2", "Boston")
            .formParam("question3", "FIRST_CAR").formParam("answer3", "Ford")
            .formParam("applications", "SMARTCASH")
            .check(css("#reference").exists()))
        .exitHereIfFailed()
        .exec(session -> {
          Recorder.completed(load, session.getLong("t0"));
          return session;
        });
  }

  /** What a user of bare Camunda would do instead: start a one-user-task process over REST. */
  static ChainBuilder baselineStart(String load) {
    return exec(session -> session.set("t0", System.nanoTime()))
        .exec(http("start one-task process").post("/engine-rest/process-definition/key/bench-one-task/start")
            .header("Authorization", ADMIN).body(StringBody("{}")).asJson().check(status().is(200)))
        .exitHereIfFailed()
        .exec(session -> {
          Recorder.completed(load, session.getLong("t0"));
          return session;
        });
  }

  private static void deployBaselineProcess(String url) throws Exception {
    String boundary = "bench" + System.nanoTime();
    byte[] bpmn = IntakeSimulation.class.getResourceAsStream("/bench-one-task.bpmn").readAllBytes();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bench-one-task.bpmn\"\r\n"
        + "Content-Type: application/xml\r\n\r\n" + new String(bpmn, StandardCharsets.UTF_8) + "\r\n--" + boundary
        + "--\r\n";
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(url + "/engine-rest/deployment/create")).header("Authorization", ADMIN)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("cannot deploy the baseline process: " + response.body());
    }
  }

  @Override
  public void after() {
    try {
      long peak;
      try {
        peak = measureParts2And3();
      } finally {
        instance.stop();
      }
      // start-up, on a quiet machine, alternating, best of two each
      Instance plain = null;
      Instance ours = null;
      for (int round = 0; round < 2; round++) {
        Instance baseline = Instance.plainCamunda();
        baseline.stop();
        plain = plain != null && plain.startUp.compareTo(baseline.startUp) < 0 ? plain : baseline;
        Instance desk = Instance.dealerAccessDeskOnClasspath();
        desk.stop();
        ours = ours != null && ours.startUp.compareTo(desk.startUp) < 0 ? ours : desk;
      }
      plainStartUp = plain;
      classpathStartUp = ours;
      Files.createDirectories(Path.of("docs"));
      Files.writeString(Path.of("docs", REPORT), report(peak));
      System.out.println(Files.readString(Path.of("docs", REPORT)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parts 2 and 3 on the running instance; returns its peak resident memory in MiB. */
  private long measureParts2And3() throws Exception {
    // the baseline's tasks are candidates of the help desk too: out of the queue before it is measured
    EngineRest admin = EngineRest.admin(instance.url);
    admin.post("/process-instance/delete", Map.of("processInstanceQuery", Map.of("processDefinitionKey",
        "bench-one-task"), "skipCustomListeners", true, "deleteReason", "benchmark baseline"));
    while (admin.count("/process-instance/count?processDefinitionKey=bench-one-task") > 0) {
      Thread.sleep(500);
    }
    HelpDeskQueue helpDesk = new HelpDeskQueue(instance.url);
    System.out.println("[bench] part 2: the queue at " + QUEUE[0]);
    helpDesk.fillTo(QUEUE[0], SEEDERS);
    analyzeStatistics();
    queue.put(helpDesk.openReviews(), helpDesk.measure(30));
    System.out.println("[bench] part 3: submitting " + TIMERS + " remove-access requests");
    seedSeconds = RemoveRequests.submit(instance.url, TIMERS, SEEDERS);
    timerBurst = TimerBurst.measure(admin, TIMERS, "one node, " + (POSTGRES ? "PostgreSQL" : "H2"));
    if (POSTGRES) {
      // the same burst with a second node on the same database: both job executors compete for the timers
      Instance second = Instance.anotherPostgresNode(BCRYPT);
      try {
        seedSeconds2 = RemoveRequests.submit(second.url, TIMERS, SEEDERS);
        timerBurst2 = TimerBurst.measure(admin, TIMERS, "two nodes, PostgreSQL");
      } finally {
        second.stop();
      }
    }
    System.out.println("[bench] part 2: the queue at " + QUEUE[1]);
    helpDesk.fillTo(QUEUE[1], SEEDERS);
    analyzeStatistics();
    queue.put(helpDesk.openReviews(), helpDesk.measure(30));
    long peak = instance.peakResidentMiB();
    heapAtEnd = instance.heapAfterFullGc();
    return peak;
  }

  /**
   * On PostgreSQL, fresh planner statistics before the queue is timed, as autovacuum keeps them on a production
   * database. This machine's PostgreSQL runs with autovacuum off: without this the planner takes the bulk-filled
   * tables for empty ones, and a count over 20,000 tasks took over 13 s.
   */
  private static void analyzeStatistics() throws Exception {
    if (!POSTGRES) {
      return;
    }
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/dealeraccess_bench", "postgres", "");
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("analyze");
    }
  }

  private String report(long peakMiB) throws Exception {
    StringBuilder out = new StringBuilder();
    out.append("# Benchmarks\n\n");
    out.append("Written by `").append(command()).append("` on ").append(LocalDate.now()).append(": ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(memoryGiB())
        .append(" GiB memory, Java ").append(System.getProperty("java.version")).append(", ")
        .append(POSTGRES ? "PostgreSQL (local)" : "H2 file database (the default)").append(", BCrypt cost ").append(BCRYPT)
        .append(BCRYPT == 10 ? " (the default)" : " (lowered to see what hashing costs: not the product's setting)")
        .append(". Each load runs ").append(SECONDS)
        .append(" s after a warm-up; intake and baseline alternate at each concurrency, so both meet the same ")
        .append("machine. Gatling's HTML report of the run is under `target/gatling/`.\n\n");
    out.append("## Intake: whole registrations against starting a one-user-task process over REST\n\n");
    out.append("A registration is 4 requests and 2 redirects (home page, PDN page, PDN, details page, submission,")
        .append(" confirmation page): the request stored, its process started and the confirmation shown.\n\n");
    out.append("| users | intake /s | baseline /s | ratio (target ≥ 0.7) | intake p50 / p95 / p99 ms | ")
        .append("baseline p50 / p95 / p99 ms | p99 ratio |\n|---|---|---|---|---|---|---|\n");
    for (int users : USERS) {
      Recorder.Figures intake = Recorder.figures("intake at " + users);
      Recorder.Figures baseline = Recorder.figures("baseline at " + users);
      out.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %.0f / %.0f / %.0f | %.0f / %.0f / %.0f | "
              + "%.1f |%n", users, intake.perSecond(), baseline.perSecond(), intake.perSecond()
              / baseline.perSecond(), intake.p50(), intake.p95(), intake.p99(), baseline.p50(), baseline.p95(),
          baseline.p99(), intake.p99() / baseline.p99()));
    }
    Recorder.Figures intake8 = Recorder.figures("intake at 8");
    Recorder.Figures baseline8 = Recorder.figures("baseline at 8");
    out.append("\nTargets: intake at least 0.7 × the baseline's rate; p99 at 8 users at most 2 × the baseline's. ")
        .append(String.format(Locale.ROOT, "At 8 users: rate ratio %.2f (%s), p99 ratio %.1f (%s).%n%n",
            intake8.perSecond() / baseline8.perSecond(),
            intake8.perSecond() >= 0.7 * baseline8.perSecond() ? "met" : "missed",
            intake8.p99() / baseline8.p99(), intake8.p99() <= 2 * baseline8.p99() ? "met" : "missed"));
    double hashMillis = bcryptMillis(BCRYPT);
    out.append(String.format(Locale.ROOT, "**Why the intake targets are missed.** Each registration hashes the "
        + "password and three security answers with BCrypt (cost %d): %.0f ms of CPU each on this machine, so "
        + "%.0f ms per registration on a request thread, before anything is stored (a secret is never stored "
        + "unhashed, not even until a job could hash it). With %d cores that alone caps intake near %.1f "
        + "registrations per second, whatever else is made faster; the baseline hashes nothing. To see the rest of "
        + "the cost, run with `-Dbench.bcrypt-strength=4` (not a setting for production).%n%n", BCRYPT, hashMillis,
        4 * hashMillis, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().availableProcessors() * 1000 / (4 * hashMillis)));
    out.append("## Start-up and memory\n\n| | value | target |\n|---|---|---|\n");
    out.append(String.format(Locale.ROOT, "| start to first served page, Dealer Access Desk, packaged jar (the "
        + "benchmark's instance, started while Gatling starts) | %.1f s | |%n", seconds(instance.startUp)));
    out.append(String.format(Locale.ROOT, "| start to first served page, Dealer Access Desk, same classpath and "
        + "JVM as the baseline (best of 2) | %.1f s (%.1f s of CPU) | |%n", seconds(classpathStartUp.startUp),
        seconds(classpathStartUp.cpuAtStartUp)));
    out.append(String.format(Locale.ROOT, "| start to first served page, plain Camunda Spring Boot app with the "
        + "same starters (best of 2) | %.1f s (%.1f s of CPU) | |%n", seconds(plainStartUp.startUp),
        seconds(plainStartUp.cpuAtStartUp)));
    out.append(String.format(Locale.ROOT, "| start-up ratio (same launch) | %.2f | ≤ 1.3 (%s) |%n",
        seconds(classpathStartUp.startUp) / seconds(plainStartUp.startUp),
        seconds(classpathStartUp.startUp) <= 1.3 * seconds(plainStartUp.startUp) ? "met" : "missed"));
    out.append(String.format(Locale.ROOT, "| peak resident memory under this load (%s) | %d MiB"
        + " | ≤ 768 MiB (%s) |%n", System.getProperty("bench.jvm", "").isBlank() ? "default heap settings"
        : "JVM options `" + System.getProperty("bench.jvm").strip() + "`", peakMiB, peakMiB <= 768 ? "met" : "missed"));
    out.append(String.format(Locale.ROOT, "| heap after a full collection at the end (%,d open reviews): what the "
        + "application keeps | %s | |%n%n", queue.lastKey(), heapAtEnd));
    out.append("**Start-up.** Both starts are CPU-bound on this machine (the CPU seconds above are about twice ")
        .append("the seconds: both cores busy the whole time), so only less work makes it faster, not more threads (building Hibernate in the background, beside Camunda's engine, ")
        .append("was tried: no measurable gain). On top of the plain application ours runs Flyway's migrations, ")
        .append("builds Hibernate's entity model and validates it against the tables, parses the queries of 10 ")
        .append("Spring Data repositories (the HQL parser), deploys 7 BPMN processes, a DMN decision and 6 forms, ")
        .append("builds the web pages' security; staff setup and demo data run after the first page can be served. ")
        .append("Deferring the repositories (`bootstrap-mode: lazy`) or skipping the schema validation changed ")
        .append("nothing measurable.\n\n")
        .append("**Memory.** With the default heap settings the JVM may grow the heap to a quarter of the ")
        .append("machine's memory, and G1 grows the heap rather than collect more often while the allocation rate ")
        .append("is high; the peak resident size follows the load, not what the application keeps (the heap after ")
        .append("a full collection, above). A production start sets `-Xmx` (`-Dbench.jvm=-Xmx512m` measures ")
        .append("that).\n\n");
    long shortest = queue.firstKey();
    long longest = queue.lastKey();
    out.append("## Help-desk queue at ").append(shortest).append(" and ").append(longest)
        .append(" open reviews\n\n")
        .append("What Tasklist asks when an agent opens the \"Help desk queue\" filter, timed as a help-desk agent ")
        .append("(authorization checks on), each call 30 times one after another after 10 unmeasured calls. ")
        .append("The reviews are ").append(TIMERS).append(" remove-access requests submitted through the web form ")
        .append("(part 3's seed) and processes of the same definition started at their review task over REST with ")
        .append("the variables the queue shows, up to the length measured.")
        .append(POSTGRES ? " The database's statistics are analyzed after each fill (as autovacuum would; this "
            + "machine's PostgreSQL has it off)." : "").append("\n\n")
        .append("| call | median / p95 ms at ").append(shortest).append(" | median / p95 ms at ").append(longest)
        .append(" | median ratio (target ≤ 1.5) |\n|---|---|---|---|\n");
    Map<String, HelpDeskQueue.Timing> small = queue.get(shortest);
    Map<String, HelpDeskQueue.Timing> large = longest == shortest ? Map.of() : queue.get(longest);
    for (String call : small.keySet()) {
      HelpDeskQueue.Timing at200 = small.get(call);
      HelpDeskQueue.Timing atMany = large.get(call);
      double ratio = atMany == null ? Double.NaN : atMany.median() / at200.median();
      out.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f | %s | %.2f (%s) |%n", call, at200.median(),
          at200.p95(), atMany == null ? "not measured" : String.format(Locale.ROOT, "%.1f / %.1f",
              atMany.median(), atMany.p95()), ratio, ratio <= 1.5 ? "met" : "missed"));
    }
    out.append("\n**Why the queue grows with its length.** Camunda's task query de-duplicates and sorts every task ")
        .append("the agent may see (`select distinct ... order by` due date) before it returns the first 15, and joins ")
        .append("each with the authorizations that could allow it; no index makes that independent of the queue's ")
        .append("length. Review tasks carry no authorization row of their own (the help desk's `TASK *` grant covers ")
        .append("them), so the join stays small; the counts of the other filters (overdue, SmartAuction) also read ")
        .append("each task's process variables. On H2 a repeated query's result is reused while nothing changes, ")
        .append("which is why a count can look flat.\n");
    out.append("\n## Timer burst\n\n").append(TIMERS).append(" remove-application-access requests submitted ")
        .append(String.format(Locale.ROOT, "through the web form by %d dealers at a time (%.0f s, %.1f requests "
            + "per second)", SEEDERS, seedSeconds, TIMERS / seedSeconds))
        .append(" wait in review, each with its SLA timer (`Timer_SlaDue`); their due dates are all set ")
        .append("to the same moment through the REST API. Job executor as configured; the instance's own embedded ")
        .append("SMTP server receives the emails.\n\n")
        .append(timerBurst).append(" (target ≥ 100 per second on one node on H2, more on two nodes on PostgreSQL).")
        .append("\n\nTwo nodes: ").append(POSTGRES ? String.format(Locale.ROOT, "a second node joins the same "
            + "database, %d more requests go through its web form (%.0f s), and their timers fall due at once: ",
            TIMERS, seedSeconds2) : "").append(timerBurst2).append(".\n\n")
        .append("**Why.** Each escalation is a timer job (the SLA breach recorded) and a mail job (the email ")
        .append("rendered from its template, sent, and recorded in a second transaction), each a few database ")
        .append("transactions on the same two cores as the embedded SMTP server and everything else. SMTP ")
        .append("connections are kept open between emails, which shortens each email but did not change the burst's ")
        .append("rate when compared with `-Dbench.args=--dealeraccess.mail.idle-connections=0` (README, ")
        .append("\"Latest figures\"). ")
        .append("More job threads do not help when the cores are the limit; two nodes on one machine share them.\n");
    return out.toString();
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  /** Milliseconds of one BCrypt hash at this cost, on this machine (median of 7). */
  private static double bcryptMillis(int strength) {
    org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder encoder =
        new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(strength);
    double[] times = new double[7];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      encoder.encode("Correct-Horse-Staple-9");
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(times);
    return times[times.length / 2];
  }

  private static String command() {
    return "./mvnw -Pbench verify" + (POSTGRES ? " -Dbench.postgres=true" : "")
        + (BCRYPT != 10 ? " -Dbench.bcrypt-strength=" + BCRYPT : "")
        + (System.getProperty("bench.args", "").isBlank() ? ""
            : " -Dbench.args=\"" + System.getProperty("bench.args").strip() + "\"")
        + (System.getProperty("bench.jvm", "").isBlank() ? ""
            : " -Dbench.jvm=\"" + System.getProperty("bench.jvm").strip() + "\"")
        + (SECONDS != 20 ? " -Dbench.seconds=" + SECONDS : "")
        + (TIMERS != 5000 ? " -Dbench.timers=" + TIMERS : "")
        + (QUEUE[0] != 200 || QUEUE[1] != 20_000 ? " -Dbench.queue=" + QUEUE[0] + "," + QUEUE[1] : "");
  }

  private static long memoryGiB() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
      }
    }
    return -1;
  }
}
