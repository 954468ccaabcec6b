package io.dealeraccess.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.gatling.javaapi.core.Simulation;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Going live at a lender's scale, on PostgreSQL in production mode, through the staff pages an access administrator
 * uses: the dealer master file ({@code bench.dealerships}, 10,000 lines) previewed and imported, then the old
 * portal's user IDs ({@code bench.import-ids}, 100,000 lines, ten per dealership) previewed and imported, while a
 * dealer whose ID is in use logs in about every second. Figures: each preview and each import (the page's answer
 * time), the file sizes, the rows written, every welcome email received once (the benchmark's own SMTP server counts
 * them by Message-ID) and when the last arrived, the heap the application keeps afterwards, the dealers' login
 * times. Writes docs/BENCHMARKS-import.md.
 *
 * <p>{@code ./mvnw -Pbench verify -Dbench.simulation=io.dealeraccess.bench.GoLiveImportSimulation
 * -Dbench.jvm=-Xmx512m}
 */
public class GoLiveImportSimulation extends Simulation {

  static final int DEALERSHIPS = Integer.getInteger("bench.dealerships", 10_000);
  static final int IDS = Integer.getInteger("bench.import-ids", 100_000);
  static final int IN_USE = 200;
  private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/dealeraccess_bench";
  private static final String LOGIN_LOAD = "login during the imports";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern COUNTS = Pattern.compile("id=\"counts\"[^>]*>(.*?)</p>", Pattern.DOTALL);

  private final GreenMail smtp;
  private final Instance instance;
  private final AtomicBoolean done = new AtomicBoolean();
  private final Map<String, String> figures = new LinkedHashMap<>();
  private Instant idsImported;
  private Duration lastEmail;

  public GoLiveImportSimulation() throws Exception {
    int smtpPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    instance = Instance.onPostgresMailingTo(smtpPort, IntakeSimulation.BCRYPT);
    insertDealersInUse();
    setUp(scenario(LOGIN_LOAD).exec(asLongAs(session -> !done.get())
            .on(SweepSimulation.login(LOGIN_LOAD, IN_USE).pause(Duration.ofSeconds(1))))
        .injectOpen(atOnceUsers(1)))
        .protocols(http.baseUrl(instance.url).disableCaching()
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8"));
  }

  /** The dealers who log in meanwhile: one dealership and their IDs, as SQL (not part of the measured imports). */
  private static void insertDealersInUse() throws Exception {
    String hash = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(
        IntakeSimulation.BCRYPT).encode(SweepSimulation.PASSWORD);
    Instant now = Instant.now();
    try (Connection db = DriverManager.getConnection(DATABASE, "postgres", "")) {
      try (Statement statement = db.createStatement()) {
        statement.execute("insert into dealership (pdn, name, active) values ('30001', 'In Use Motors', true)");
      }
      try (PreparedStatement insert = db.prepareStatement("insert into dealer_user (user_id, pdn, first_name, "
          + "last_name, email, business_phone, role, password_hash, status, activated_at, last_login_at) values "
          + "(?, '30001', 'Ines', 'Use', ?, '555-123-4567', 'FINANCE_MANAGER', ?, 'ACTIVE', ?, ?)")) {
        for (int i = 0; i < IN_USE; i++) {
          insert.setString(1, "inuse-" + i);
          insert.setString(2, "inuse-" + i + "@inuse.example");
          insert.setString(3, hash);
          insert.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(400))));
          insert.setTimestamp(5, Timestamp.from(now.minus(Duration.ofDays(5))));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  @Override
  public void before() {
    Thread imports = new Thread(() -> {
      try {
        StaffPages admin = new StaffPages(instance.url);
        importFile(admin, "dealer master file", "/staff/dealerships/import", masterFile());
        importFile(admin, "old portal's user IDs", "/staff/user-ids/import", userIdFile());
        idsImported = Instant.now();
      } catch (Exception e) {
        figures.put("failed", e.toString());
        System.out.println("[bench] the imports failed: " + e);
      } finally {
        done.set(true);
      }
    }, "imports");
    imports.setDaemon(true);
    imports.start();
  }

  /** Uploads (the preview's answer timed), then imports (timed); the figures under {@code name}. */
  private void importFile(StaffPages admin, String name, String page, String csv) throws Exception {
    long t0 = System.nanoTime();
    String preview = admin.upload(page, csv);
    double previewSeconds = (System.nanoTime() - t0) / 1e9;
    Matcher counts = COUNTS.matcher(preview);
    String said = counts.find() ? counts.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip() : "?";
    Matcher id = Pattern.compile("action=\"" + Pattern.quote(page) + "/(\\d+)\"").matcher(preview);
    if (!id.find()) {
      throw new IllegalStateException(name + ": the preview offers no import: " + said);
    }
    long t1 = System.nanoTime();
    String imported = admin.post(page + "/" + id.group(1));
    double importSeconds = (System.nanoTime() - t1) / 1e9;
    if (!imported.contains("id=\"imported\"")) {
      throw new IllegalStateException(name + ": the import page says no import");
    }
    figures.put(name, String.format(Locale.ROOT, "| %s: %,d lines, %.1f MB | %.1f s (\"%s\") | %.1f s |%n", name,
        csv.lines().count() - 1, csv.getBytes(StandardCharsets.UTF_8).length / 1e6, previewSeconds, said,
        importSeconds));
    System.out.printf(Locale.ROOT, "[bench] %s: preview %.1f s, import %.1f s%n", name, previewSeconds,
        importSeconds);
  }

  private static String masterFile() {
    StringBuilder csv = new StringBuilder("pdn,name,active,address,phone\n");
    for (int i = 0; i < DEALERSHIPS; i++) {
      csv.append(pdn(i)).append(",Go Live Motors ").append(i).append(",true,").append(i)
          .append(" Main St,555-010-").append(String.format(Locale.ROOT, "%04d", i % 10_000)).append('\n');
    }
    return csv.toString();
  }

  private static String userIdFile() {
    StringBuilder csv = new StringBuilder(
        "user_id,pdn,first_name,last_name,email,business_phone,role,applications,last_used_at\n");
    for (int i = 0; i < IDS; i++) {
      csv.append("golive").append(i).append(',').append(pdn(i % DEALERSHIPS)).append(",Gale,Live,golive").append(i)
          .append("@golive.example,555-010-2000,FINANCE_MANAGER,SMARTCASH;INTELLIRATER,2026-10-31\n");
    }
    return csv.toString();
  }

  private static String pdn(int i) {
    return String.valueOf(40_000 + i);
  }

  @Override
  public void after() {
    SweepSimulation.report("BENCHMARKS-import.md", this::measure, instance, smtp);
  }

  private String measure() throws Exception {
    // the welcome emails go out after the import commits; wait for the last
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (idsImported != null && welcomeMail().size() < IDS && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    lastEmail = idsImported == null ? null : Duration.between(idsImported, Instant.now());
    Thread.sleep(5_000); // anything sent twice would arrive now
    java.util.List<MimeMessage> received = welcomeMail();
    Set<String> messageIds = new HashSet<>();
    Set<String> recipients = new HashSet<>();
    for (MimeMessage message : received) {
      messageIds.add(message.getMessageID());
      recipients.add(message.getAllRecipients()[0].toString());
    }
    long dealerships;
    long ids;
    long grants;
    try (Connection db = DriverManager.getConnection(DATABASE, "postgres", "")) {
      dealerships = count(db, "select count(*) from dealership where pdn >= '40000'");
      ids = count(db, "select count(*) from dealer_user where user_id like 'golive%' and status = 'ACTIVE' "
          + "and password_hash like '{unset}%'");
      grants = count(db, "select count(*) from application_grant g join dealer_user u on u.id = g.dealer_user_id "
          + "where u.user_id like 'golive%'");
    }
    String heap = instance.heapAfterFullGc();
    Recorder.Figures logins = Recorder.figures(LOGIN_LOAD);

    StringBuilder out = new StringBuilder("# Benchmark: going live, the two imports at a lender's scale\n\n");
    out.append("Written by `./mvnw -Pbench verify -Dbench.simulation=io.dealeraccess.bench.GoLiveImportSimulation")
        .append(IDS != 100_000 ? " -Dbench.import-ids=" + IDS : "")
        .append(DEALERSHIPS != 10_000 ? " -Dbench.dealerships=" + DEALERSHIPS : "")
        .append(System.getProperty("bench.jvm", "").isBlank() ? ""
            : " -Dbench.jvm=\"" + System.getProperty("bench.jvm").strip() + "\"")
        .append("` on ").append(LocalDate.now()).append(": ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores, Java ").append(System.getProperty("java.version")).append(", PostgreSQL (local), ")
        .append("the packaged application in production mode (`postgres` profile), its mail to the benchmark's own ")
        .append("SMTP server (GreenMail). An access administrator's staff session uploads each file on its page ")
        .append("(the answer is the preview) and then imports it, while a dealer whose ID is in use logs in about ")
        .append("every second.\n\n");
    if (figures.containsKey("failed")) {
      out.append("**The imports failed**: ").append(figures.get("failed")).append("\n\n");
    }
    out.append("| file | preview (what the page says) | import |\n|---|---|---|\n");
    figures.entrySet().stream().filter(entry -> !entry.getKey().equals("failed"))
        .forEach(entry -> out.append(entry.getValue()));
    out.append("\n| | figure | expected |\n|---|---|---|\n");
    out.append(String.format(Locale.ROOT, "| dealerships / imported IDs without a password / their grants | %,d / "
        + "%,d / %,d | %,d / %,d / %,d (%s) |%n", dealerships, ids, grants, DEALERSHIPS, IDS, 2L * IDS,
        dealerships == DEALERSHIPS && ids == IDS && grants == 2L * IDS ? "met" : "missed"));
    out.append(String.format(Locale.ROOT, "| welcome emails received / distinct Message-IDs / distinct recipients | "
        + "%,d / %,d / %,d | %,d each, once (%s) |%n", received.size(), messageIds.size(), recipients.size(), IDS,
        received.size() == IDS && messageIds.size() == IDS && recipients.size() == IDS ? "met" : "missed"));
    out.append(lastEmail == null ? "" : String.format(Locale.ROOT, "| the last welcome email, after the import "
        + "answered | %.0f s | |%n", lastEmail.toMillis() / 1000.0));
    out.append("| the heap after a full collection, at the end | ").append(heap).append(" | |\n");
    out.append(String.format(Locale.ROOT, "| dealers' logins during the imports: count, p50 / p95 / p99 | %d, %.0f "
        + "/ %.0f / %.0f ms | |%n%n", logins.journeys(), logins.p50(), logins.p95(), logins.p99()));
    out.append("Both imports are one transaction each (all or nothing). The user ID file's rules read the IDs, PDNs ")
        .append("and people of the whole file a query per thousand values; imported IDs get no password hash (a ")
        .append("marker no password matches), so nothing is hashed; the welcome emails are recorded with the ")
        .append("import (Spring Modulith's event publication registry) and sent after it commits on the ")
        .append("application's mail threads.\n");
    return out.toString();
  }

  private java.util.List<MimeMessage> welcomeMail() throws Exception {
    return SweepSimulation.mailTo(smtp, "@golive.example");
  }

  private static long count(Connection db, String sql) throws Exception {
    return SweepSimulation.count(db, sql);
  }

  /** A staff member's browser session on the staff pages: form login, CSRF token from each page, uploads. */
  private static final class StaffPages {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private String csrf;

    StaffPages(String url) throws Exception {
      this.url = url;
      get("/staff/login");
      String form = "username=admin&password=admin&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
      send(HttpRequest.newBuilder(URI.create(url + "/staff/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    String get(String path) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    /** Uploads {@code csv} as the page's file; the preview page it answers with. */
    String upload(String path, String csv) throws Exception {
      get(path);
      String boundary = "bench" + System.nanoTime();
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
          + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
      return send(HttpRequest.newBuilder(URI.create(url + path)).header("X-CSRF-TOKEN", csrf)
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    String post(String path) throws Exception {
      return send(HttpRequest.newBuilder(URI.create(url + path)).header("X-CSRF-TOKEN", csrf)
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String send(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode());
      }
      Matcher token = CSRF.matcher(response.body());
      if (token.find()) {
        csrf = token.group(1);
      }
      return response.body();
    }
  }
}
