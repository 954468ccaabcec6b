package io.dealeraccess.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An application under measurement, in a JVM of its own with the default heap settings: the packaged Dealer Access
 * Desk, or the plain Camunda application of the baseline. Knows its start-up time (process start to the first page
 * served) and its peak resident memory (the kernel's VmHWM).
 */
final class Instance {

  final Process process;
  final String url;
  final Duration startUp;
  /** CPU time (all threads, user and system) the process had used when it served its first page. */
  final Duration cpuAtStartUp;

  private Instance(Process process, String url, Duration startUp, Duration cpuAtStartUp) {
    this.process = process;
    this.url = url;
    this.startUp = startUp;
    this.cpuAtStartUp = cpuAtStartUp;
  }

  /** The packaged application (target/*.jar), on H2 or, with {@code postgres}, on the local PostgreSQL. */
  static Instance dealerAccessDesk(boolean postgres, int bcryptStrength) throws Exception {
    return desk(postgres, bcryptStrength, true, 0);
  }

  /** The packaged application on a fresh PostgreSQL database, sending its mail to the SMTP server at this port. */
  static Instance onPostgresMailingTo(int smtpPort, int bcryptStrength) throws Exception {
    return desk(true, bcryptStrength, true, smtpPort);
  }

  /** One more node of the cluster on the local PostgreSQL database the first node created. */
  static Instance anotherPostgresNode(int bcryptStrength) throws Exception {
    return desk(true, bcryptStrength, false, 0);
  }

  /** {@code smtpPort} 0: an SMTP server of the instance's own (PostgreSQL) or none listening (H2). */
  private static Instance desk(boolean postgres, int bcryptStrength, boolean freshDatabase, int smtpPort)
      throws Exception {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(file -> file.toString().endsWith(".jar") && !file.toString().endsWith("-plain.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("package the application first"));
    }
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java()));
    // -Dbench.jvm="-Xmx384m ...": JVM options for the instance (the default is none: the JVM's own heap settings)
    String jvm = System.getProperty("bench.jvm", "").strip();
    if (!jvm.isEmpty()) {
      command.addAll(List.of(jvm.split("\\s+")));
    }
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
        "--spring.mail.port=" + (smtpPort > 0 ? smtpPort : freePort()), "--dealeraccess.captcha.enabled=false",
        "--dealeraccess.rate-limit.posts-per-minute=1000000000", "--logging.level.root=WARN",
        "--dealeraccess.security.bcrypt-strength=" + bcryptStrength));
    // -Dbench.args="--a=b --c=d": settings to try on the instance (job executor tuning, for example)
    String extra = System.getProperty("bench.args", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    if (postgres && freshDatabase) {
      try (java.sql.Connection admin = java.sql.DriverManager.getConnection(
              "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
          java.sql.Statement statement = admin.createStatement()) {
        statement.execute("drop database if exists dealeraccess_bench with (force)");
        statement.execute("create database dealeraccess_bench");
      }
    }
    if (postgres) {
      // production mode with the demo dealership and IDs the load uses, and an SMTP server of its own per node
      if (smtpPort == 0) {
        command.add("--dealeraccess.mail.embedded-server.enabled=true");
      }
      builder.command(command);
      builder.environment().put("DEALERACCESS_DEMO_DATA", "true");
      builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
      builder.environment().put("DEALERACCESS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/dealeraccess_bench");
      builder.environment().put("DEALERACCESS_DB_USER", "postgres");
      builder.environment().put("DEALERACCESS_ADMIN_PASSWORD", "admin");
      builder.environment().put("DEALERACCESS_SECURITY_TOKEN_SECRET", "bench-secret");
      builder.environment().put("DEALERACCESS_BASE_URL", "http://localhost:" + port);
    } else {
      // the product's default database, an H2 file (an in-memory database would hold every row in the heap);
      // a fresh one each run
      Path database = Path.of("target", "bench-h2");
      if (Files.exists(database)) {
        try (Stream<Path> files = Files.walk(database)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
      }
      command.add("--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath().resolve("dealer-access-desk")
          + ";DB_CLOSE_ON_EXIT=FALSE");
      builder.command(command);
    }
    return start(builder, "bench-dealer-access-desk" + (freshDatabase ? "" : "-node-2"), "http://localhost:" + port,
        "/login");
  }

  /** The baseline: a Camunda Spring Boot application with the same starters and nothing of ours. */
  static Instance plainCamunda() throws Exception {
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        "baseline.PlainCamundaApplication", "--server.port=" + port);
    return start(builder, "bench-plain-camunda", "http://localhost:" + port, "/camunda/app/welcome/default/");
  }

  /**
   * Dealer Access Desk launched exactly like the baseline (same classpath, same JVM, its own main class), for a fair
   * start-up comparison: a packaged jar loads its classes from nested jars, which costs time of its own.
   */
  static Instance dealerAccessDeskOnClasspath() throws Exception {
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        "io.dealeraccess.DealerAccessApplication", "--server.port=" + port, "--spring.mail.port=" + freePort(),
        "--spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1", "--logging.level.root=WARN");
    return start(builder, "bench-dealer-access-desk-classpath", "http://localhost:" + port, "/login");
  }

  private static Instance start(ProcessBuilder builder, String name, String url, String firstPage)
      throws Exception {
    builder.redirectErrorStream(true).redirectOutput(new File("target/" + name + ".log"));
    long started = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest page = HttpRequest.newBuilder(URI.create(url + firstPage)).timeout(Duration.ofSeconds(5)).build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped; see target/" + name + ".log");
      }
      try {
        if (http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          Duration startUp = Duration.ofNanos(System.nanoTime() - started);
          return new Instance(process, url, startUp, cpuTime(process));
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (Duration.ofNanos(System.nanoTime() - started).toSeconds() > 240) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not serve " + firstPage + " within 4 minutes");
      }
      Thread.sleep(50);
    }
  }

  /** utime + stime from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
  private static Duration cpuTime(Process process) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields[0] is field 3 (state): utime is field 14, stime field 15
    return Duration.ofMillis((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10);
  }

  /** Peak resident set size so far, in MiB (Linux). */
  long peakResidentMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  /**
   * The heap after a full collection (what the application really keeps) and the heap the JVM holds, from
   * {@code jcmd GC.heap_info}: "live X MiB of Y MiB committed heap, metaspace Z MiB".
   */
  String heapAfterFullGc() throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    run(jcmd, String.valueOf(process.pid()), "GC.run");
    String info = run(jcmd, String.valueOf(process.pid()), "GC.heap_info");
    java.util.regex.Matcher heap = java.util.regex.Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K").matcher(info);
    java.util.regex.Matcher metaspace = java.util.regex.Pattern.compile("Metaspace\\s+used (\\d+)K").matcher(info);
    if (!heap.find() || !metaspace.find()) {
      return "unknown (jcmd said: " + info.strip() + ")";
    }
    return String.format(java.util.Locale.ROOT, "%d MiB live of %d MiB committed heap, metaspace %d MiB",
        Long.parseLong(heap.group(2)) / 1024, Long.parseLong(heap.group(1)) / 1024,
        Long.parseLong(metaspace.group(1)) / 1024);
  }

  private static String run(String... command) throws Exception {
    Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(tool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    tool.waitFor();
    return output;
  }

  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
