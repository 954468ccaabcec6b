package io.dealeraccess.analytics;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "All figures" table of the analytics page in words, as the cards above it: names an analyst reads,
 * percentages and hours (the CSV export keeps {@link Figures#rows()}, for spreadsheets).
 */
final class FigureRows {

  /** One row: what, for which (empty for a total), the value as shown. */
  record Row(String figure, String key, String value) {}

  private FigureRows() {}

  static List<Row> of(Figures figures) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("Requests submitted", "", String.valueOf(figures.volume())));
    rows.add(new Row("Decided", "", String.valueOf(figures.decided())));
    rows.add(new Row("Approved", "", String.valueOf(figures.approved())));
    rows.add(new Row("Approval rate", "", percent(figures.approvalRate())));
    rows.add(new Row("Median time to decision", "", hours(figures.medianHoursToDecision())));
    rows.add(new Row("90th percentile time to decision", "", hours(figures.p90HoursToDecision())));
    rows.add(new Row("Decided within one business day", "", percent(figures.slaCompliance())
        + (figures.slaMeasured() == 0 ? "" : " (" + figures.decidedWithinSla() + " of " + figures.slaMeasured() + ")")));
    add(rows, "Requests by type", figures.volumeByType());
    add(rows, "Open requests by age", figures.openBacklogByAge());
    add(rows, "Denials by reason", figures.topDenialReasons());
    add(rows, "Requests by dealership", figures.volumeByDealership());
    return rows;
  }

  private static void add(List<Row> rows, String figure, Map<String, Long> values) {
    if (values.isEmpty()) {
      rows.add(new Row(figure, "", "None in these dates"));
    }
    values.forEach((key, value) -> rows.add(new Row(figure, key, String.valueOf(value))));
  }

  static String percent(Double share) {
    if (share == null) {
      return "No decisions yet";
    }
    NumberFormat format = NumberFormat.getPercentInstance(Locale.US);
    format.setMaximumFractionDigits(1);
    return format.format(share);
  }

  static String hours(Double hours) {
    return hours == null ? "No decisions yet" : String.format(Locale.US, "%.1f hours", hours);
  }
}
