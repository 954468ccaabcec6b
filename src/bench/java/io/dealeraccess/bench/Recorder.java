package io.dealeraccess.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whole journeys as the benchmark measures them: per load (e.g. "intake at 8 users"), each completed journey's
 * duration and end time, giving journeys per second over the measured window and latency percentiles.
 */
final class Recorder {

  private static final Map<String, List<long[]>> JOURNEYS = new ConcurrentHashMap<>();

  private Recorder() {}

  /** A journey of {@code load} that started at {@code startNanos} has just ended successfully. */
  static void completed(String load, long startNanos) {
    long end = System.nanoTime();
    JOURNEYS.computeIfAbsent(load, key -> Collections.synchronizedList(new ArrayList<>()))
        .add(new long[] {startNanos, end});
  }

  record Figures(int journeys, double perSecond, double p50, double p95, double p99) {}

  static Figures figures(String load) {
    List<long[]> journeys = new ArrayList<>(JOURNEYS.getOrDefault(load, List.of()));
    if (journeys.isEmpty()) {
      return new Figures(0, 0, 0, 0, 0);
    }
    long first = journeys.stream().mapToLong(journey -> journey[0]).min().orElseThrow();
    long last = journeys.stream().mapToLong(journey -> journey[1]).max().orElseThrow();
    double[] millis = journeys.stream().mapToDouble(journey -> (journey[1] - journey[0]) / 1e6).sorted().toArray();
    return new Figures(journeys.size(), journeys.size() / ((last - first) / 1e9), percentile(millis, 50),
        percentile(millis, 95), percentile(millis, 99));
  }

  private static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
