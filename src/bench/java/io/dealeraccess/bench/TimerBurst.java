package io.dealeraccess.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Part 3: SLA timers of requests in review set to fall due at the same moment through the REST API; the figure is
 * the time until every one has fired and its escalation email is sent and recorded (the send task's history).
 */
final class TimerBurst {

  /** Only timers of requests submitted through the web: the queue's REST-started reviews are due a month ahead. */
  private static final Duration WITHIN = Duration.ofDays(10);

  private TimerBurst() {}

  static String measure(EngineRest rest, int expected, String where) throws Exception {
    String timers = "/job?activityId=Timer_SlaDue&dueDates=lt_" + java.net.URLEncoder.encode(
        HelpDeskQueue.REST_DATE.format(Instant.now().plus(WITHIN)), java.nio.charset.StandardCharsets.UTF_8);
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (rest.count(timers.replace("/job?", "/job/count?")) < expected) {
      if (System.nanoTime() > deadline) {
        return "not measured: fewer than " + expected + " SLA timers were created within 10 minutes";
      }
      Thread.sleep(1000);
    }
    List<String> jobIds = new ArrayList<>();
    rest.get(timers).forEach(job -> jobIds.add(job.get("id").asText()));
    long escalatedBefore = escalations(rest);
    Instant dueAt = Instant.now().plusSeconds(60);
    Map<String, Object> body = Map.of("duedate", HelpDeskQueue.REST_DATE.format(dueAt));
    ExecutorService setters = Executors.newFixedThreadPool(8);
    List<Future<JsonNode>> set = new ArrayList<>();
    for (String id : jobIds) {
      set.add(setters.submit(() -> rest.put("/job/" + id + "/duedate", body)));
    }
    setters.shutdown();
    for (Future<JsonNode> each : set) {
      each.get();
    }
    if (Instant.now().isAfter(dueAt)) {
      return "not measured: setting " + jobIds.size() + " due dates took longer than a minute";
    }
    System.out.println("[bench] " + jobIds.size() + " SLA timers fall due at " + dueAt + " (" + where + ")");
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), dueAt).toMillis()));
    long start = System.nanoTime();
    while (escalations(rest) - escalatedBefore < jobIds.size()) {
      if (Duration.ofNanos(System.nanoTime() - start).toMinutes() > 15) {
        return String.format(Locale.ROOT, "not finished: %d of %d escalations within 15 minutes",
            escalations(rest) - escalatedBefore, jobIds.size());
      }
      Thread.sleep(250);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return String.format(Locale.ROOT, "%d SLA timers falling due at once (%s): all fired and their escalation emails "
        + "sent and recorded in %.1f s, **%.0f timers per second**", jobIds.size(), where, seconds,
        jobIds.size() / seconds);
  }

  private static long escalations(EngineRest rest) throws Exception {
    return rest.count("/history/activity-instance/count?activityId=Task_SendEscalationEmail&finished=true");
  }
}
