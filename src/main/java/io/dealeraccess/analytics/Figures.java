package io.dealeraccess.analytics;

import java.util.List;
import java.util.Map;

/**
 * The figures of one request type (or all) and date range. Times to decision run from the moment a request reached
 * the help desk (email confirmed, or submitted) to the decision; SLA compliance counts decisions made by the due time.
 */
public record Figures(
    long volume,
    long decided,
    long approved,
    Double approvalRate,
    Double medianHoursToDecision,
    Double p90HoursToDecision,
    long slaMeasured,
    long decidedWithinSla,
    Double slaCompliance,
    Map<String, Long> volumeByType,
    Map<String, Long> openBacklogByAge,
    Map<String, Long> topDenialReasons,
    Map<String, Long> volumeByDealership) {

  /** The same figures as rows of (figure, key, value), for the CSV export and the tables. */
  public List<List<String>> rows() {
    List<List<String>> rows = new java.util.ArrayList<>();
    rows.add(List.of("volume", "", String.valueOf(volume)));
    rows.add(List.of("decided", "", String.valueOf(decided)));
    rows.add(List.of("approved", "", String.valueOf(approved)));
    rows.add(List.of("approval_rate", "", format(approvalRate)));
    rows.add(List.of("median_hours_to_decision", "", format(medianHoursToDecision)));
    rows.add(List.of("p90_hours_to_decision", "", format(p90HoursToDecision)));
    rows.add(List.of("sla_compliance", "", format(slaCompliance)));
    add(rows, "volume_by_type", volumeByType);
    add(rows, "open_backlog_by_age", openBacklogByAge);
    add(rows, "denial_reason", topDenialReasons);
    add(rows, "volume_by_dealership", volumeByDealership);
    return rows;
  }


  private static void add(List<List<String>> rows, String figure, Map<String, Long> values) {
    values.forEach((key, value) -> rows.add(List.of(figure, key, String.valueOf(value))));
  }

  private static String format(Double value) {
    return value == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", value);
  }
}
