package io.dealeraccess.production;

import io.dealeraccess.StaffRestClient;
import io.dealeraccess.TestSmtp;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Nodes of a cluster for the postgres-it tests: the packaged application, each in its own JVM. */
final class Nodes {

  static final String ADMIN_PASSWORD = "Cluster-Node-Pass-7!";

  /** A started node: its process and its address. */
  record Node(Process process, String url) {

    void awaitReady() {
      StaffRestClient anonymous = new StaffRestClient(url, null, null);
      waitFor(Duration.ofSeconds(150), () -> {
        try {
          return anonymous.get("/actuator/health/readiness").status() == 200;
        } catch (RuntimeException notYet) {
          return false;
        }
      }, url + " to be ready");
    }
  }

  /** Every node this JVM started: stopped when the test JVM ends, so a failed test leaves no node behind. */
  private static final List<Process> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Nodes::stopAll));
  }

  private Nodes() {}

  /** Kills every node still running (a node left over would take the next test's jobs). */
  static void stopAll() {
    stopAllExcept(null);
  }

  /** Kills every node still running but {@code keep}. */
  static void stopAllExcept(Process keep) {
    for (Process process : STARTED) {
      if (process != keep) {
        process.destroyForcibly();
        STARTED.remove(process);
      }
    }
  }

  /** Starts the packaged application with the postgres profile on a free port; its log goes to target/NAME.log. */
  static Node start(String name, String databaseUrl, String... extraArgs) throws IOException {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(file -> file.toString().endsWith(".jar") && !file.toString().endsWith("-plain.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("package the application first"));
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
        "--server.port=" + port, "--spring.mail.port=" + TestSmtp.port()));
    command.addAll(List.of(extraArgs));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(Map.of("SPRING_PROFILES_ACTIVE", "postgres", "DEALERACCESS_DB_URL", databaseUrl,
        "DEALERACCESS_DB_USER", "postgres", "DEALERACCESS_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "DEALERACCESS_BASE_URL", "http://localhost:8080", "DEALERACCESS_SECURITY_TOKEN_SECRET", "it-secret"));
    builder.redirectErrorStream(true).redirectOutput(new File("target/" + name + ".log"));
    Process process = builder.start();
    STARTED.add(process);
    return new Node(process, "http://localhost:" + port);
  }

  static void waitFor(Duration limit, BooleanSupplier condition, String what) {
    Instant end = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
