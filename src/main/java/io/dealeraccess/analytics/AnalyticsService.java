package io.dealeraccess.analytics;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.request.RequestHistory;
import io.dealeraccess.request.RequestQueries;
import io.dealeraccess.request.RequestType;
import io.dealeraccess.request.RequestView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Figures for process analysts from the request records, per request type and date range (in the SLA's zone). */
@Service
class AnalyticsService {

  static final String SYSTEM = RequestHistory.SYSTEM;

  private final RequestQueries requests;
  private final ZoneId zone;
  private final Clock clock;

  AnalyticsService(RequestQueries requests, DealerAccessProperties properties, Clock clock) {
    this.requests = requests;
    this.zone = properties.sla().zone();
    this.clock = clock;
  }

  /** Requests submitted from {@code from} to {@code to} (both days included), of {@code type} or of every type. */
  public Figures figures(RequestType type, LocalDate from, LocalDate to) {
    List<RequestView> inRange = requests.submittedBetween(from.atStartOfDay(zone).toInstant(),
            to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
        .filter(request -> type == null || request.requestType() == type)
        .toList();
    List<RequestView> decided = inRange.stream().filter(request -> request.decidedAt() != null).toList();
    long approved = decided.stream().filter(request -> "APPROVED".equals(request.decision())).count();
    // the help desk's own decisions: those of the automated checks take no review time
    List<RequestView> reviewed = decided.stream().filter(request -> !SYSTEM.equals(request.decidedBy()))
        .toList();
    List<Double> hours = reviewed.stream()
        .map(request -> Duration.between(reviewStart(request), request.decidedAt()).toMinutes() / 60.0)
        .sorted().toList();
    List<RequestView> measured = reviewed.stream().filter(request -> request.slaDueAt() != null).toList();
    long withinSla = measured.stream().filter(request -> !request.decidedAt().isAfter(request.slaDueAt()))
        .count();
    return new Figures(inRange.size(), decided.size(), approved, ratio(approved, decided.size()), median(hours),
        percentile(hours, 0.9), measured.size(), withinSla, ratio(withinSla, measured.size()),
        counts(inRange, request -> request.requestType().label()),
        backlog(inRange),
        counts(decided.stream().filter(request -> request.denialCode() != null).toList(),
            request -> request.denialCode().label()),
        counts(inRange, RequestView::dealershipName));
  }

  private static Instant reviewStart(RequestView request) {
    return request.emailVerifiedAt() != null ? request.emailVerifiedAt() : request.submittedAt();
  }

  private Map<String, Long> backlog(List<RequestView> inRange) {
    Instant now = clock.instant();
    Map<String, Long> backlog = new LinkedHashMap<>();
    for (String bucket : List.of("less than 1 day", "1 to 2 days", "2 to 5 days", "5 days or more")) {
      backlog.put(bucket, 0L);
    }
    inRange.stream().filter(request -> request.status().isOpen()).forEach(request -> {
      long hours = Duration.between(request.submittedAt(), now).toHours();
      String bucket = hours < 24 ? "less than 1 day" : hours < 48 ? "1 to 2 days" : hours < 120 ? "2 to 5 days"
          : "5 days or more";
      backlog.merge(bucket, 1L, Long::sum);
    });
    return backlog;
  }

  /** Counts by key, largest first (ties by key). */
  private static Map<String, Long> counts(List<RequestView> rows, Function<RequestView, String> key) {
    return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  static Double median(List<Double> sorted) {
    if (sorted.isEmpty()) {
      return null;
    }
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** Nearest-rank percentile of sorted values. */
  static Double percentile(List<Double> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(fraction * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

}
