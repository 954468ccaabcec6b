package io.dealeraccess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Part 2: what a help-desk agent's Tasklist asks when the "Help desk queue" is opened, timed as that agent (a member
 * of {@code helpdesk}, authorization checks on): through {@code /engine-rest} and through Tasklist's own API after a
 * Tasklist login.
 */
final class HelpDeskQueue {

  static final String AGENT = "benchagent";
  private static final String PASSWORD = "bench-agent-Password-1";
  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
      .withZone(ZoneOffset.UTC);
  /** Tasklist's first page of a filter: 15 tasks, due first, as its list view asks. */
  private static final Map<String, Object> FIRST_PAGE = Map.of("sorting",
      List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")), "active", true, "processVariables", List.of(),
      "taskVariables", List.of(), "caseInstanceVariables", List.of());
  private static final AtomicInteger SEEDED = new AtomicInteger();

  private final String url;
  private final EngineRest admin;
  private final EngineRest agent;
  private final String filterId;
  private final HttpClient tasklist;

  /** Timings of one call at one queue length: median and 95th percentile, in milliseconds. */
  record Timing(double median, double p95) {}

  HelpDeskQueue(String url) throws Exception {
    this.url = url;
    admin = EngineRest.admin(url);
    if (admin.count("/user/count?id=" + AGENT) == 0) {
      admin.post("/user/create", Map.of("profile", Map.of("id", AGENT, "firstName", "Bench", "lastName", "Agent",
          "email", "benchagent@helpdesk.example"), "credentials", Map.of("password", PASSWORD)));
      admin.put("/group/helpdesk/members/" + AGENT, null);
    }
    agent = new EngineRest(url, AGENT, PASSWORD);
    filterId = agent.get("/filter?name=" + java.net.URLEncoder.encode("Help desk queue", "UTF-8")).get(0)
        .get("id").asText();
    tasklist = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
        .build();
    logInToTasklist();
  }

  /** Open reviews in the queue, as the agent's own count shows them. */
  long openReviews() throws Exception {
    return agent.count("/filter/" + filterId + "/count");
  }

  /**
   * Adds reviews until the queue holds {@code total}: remove-application-access processes started at their review
   * task through the REST API, with the variables the queue shows and an SLA due date a month ahead (so part 3's
   * burst never picks their timers). They stand for requests whose row the queue never reads.
   */
  void fillTo(long total, int threads) throws Exception {
    long missing = total - openReviews();
    if (missing <= 0) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> started = new ArrayList<>();
    for (long i = 0; i < missing; i++) {
      started.add(pool.submit(() -> {
        int n = SEEDED.incrementAndGet();
        String reference = String.format(Locale.ROOT, "Q-%04d-%04d", n / 10000, n % 10000);
        Instant due = Instant.now().plus(Duration.ofDays(30)).plusSeconds(n);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("requestId", Map.of("value", -n, "type", "Long"));
        variables.put("reference", Map.of("value", reference, "type", "String"));
        variables.put("requestType", Map.of("value", "REMOVE_APPLICATION_ACCESS", "type", "String"));
        variables.put("dealershipName", Map.of("value", "Riverside Motors", "type", "String"));
        variables.put("applicantName", Map.of("value", "Queue Applicant " + n, "type", "String"));
        variables.put("slaDueAt", Map.of("value", REST_DATE.format(due), "type", "Date"));
        variables.put("slaBreached", Map.of("value", false, "type", "Boolean"));
        return admin.post("/process-definition/key/remove-application-access/start", Map.of("businessKey",
            reference, "variables", variables, "startInstructions", List.of(Map.of("type", "startBeforeActivity",
                "activityId", "Task_ReviewRequest"))));
      }));
    }
    pool.shutdown();
    for (Future<?> each : started) {
      each.get();
    }
  }

  /** Each call the queue makes, timed {@code times} times one after another after 10 unmeasured calls. */
  Map<String, Timing> measure(int times) throws Exception {
    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put("`/engine-rest`: first page of the queue (15 tasks, due first)",
        () -> agent.post("/filter/" + filterId + "/list?firstResult=0&maxResults=15", FIRST_PAGE));
    calls.put("`/engine-rest`: the queue's count", () -> agent.get("/filter/" + filterId + "/count"));
    calls.put("Tasklist API: the filters with their counts (the left column)",
        () -> tasklist("GET", "/filter?resourceType=Task&itemCount=true", null, "application/json"));
    calls.put("Tasklist API: first page of the queue, as HAL with the filter's variables",
        () -> tasklist("POST", "/filter/" + filterId + "/list?firstResult=0&maxResults=15", FIRST_PAGE,
            "application/hal+json"));
    JsonNode page = tasklist("POST", "/filter/" + filterId + "/list?firstResult=0&maxResults=15", FIRST_PAGE,
        "application/hal+json");
    if (page.path("_embedded").path("task").size() != Math.min(15, openReviews())) {
      throw new IllegalStateException("the queue's first page is not what the agent should see: " + page);
    }
    Map<String, Timing> timings = new LinkedHashMap<>();
    for (Map.Entry<String, Call> call : calls.entrySet()) {
      for (int i = 0; i < 10; i++) {
        call.getValue().run();
      }
      double[] millis = new double[times];
      for (int i = 0; i < times; i++) {
        long start = System.nanoTime();
        call.getValue().run();
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(millis);
      timings.put(call.getKey(), new Timing(millis[times / 2], millis[(int) Math.ceil(times * 0.95) - 1]));
    }
    return timings;
  }

  private interface Call {
    Object run() throws Exception;
  }

  private void logInToTasklist() throws Exception {
    tasklist.send(HttpRequest.newBuilder(URI.create(url + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = tasklist.send(HttpRequest.newBuilder(URI.create(url
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrfCookie())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + AGENT + "&password=" + PASSWORD)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist login answered " + login.statusCode() + ": " + login.body());
    }
    // the login starts a new session; its token comes with the session's first answer
    tasklist.send(HttpRequest.newBuilder(URI.create(url + "/camunda/api/admin/auth/user/default")).build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private String xsrfCookie() {
    return ((CookieManager) tasklist.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .max(java.util.Comparator.comparing(cookie -> cookie.getPath() == null ? 0 : cookie.getPath().length()))
        .map(HttpCookie::getValue).orElseThrow(() -> new IllegalStateException("Tasklist set no XSRF-TOKEN cookie"));
  }

  private JsonNode tasklist(String method, String path, Object body, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/camunda/api/engine/engine/default"
            + path)).header("Accept", accept).header("X-XSRF-TOKEN", xsrfCookie());
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = tasklist.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Tasklist " + path + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
  }
}
