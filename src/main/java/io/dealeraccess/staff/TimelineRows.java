package io.dealeraccess.staff;

import io.dealeraccess.AuditEntry;
import io.dealeraccess.request.TimelineLabels;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's timeline as staff read it: every moment in the help desk's zone (also the ones inside a detail, such
 * as a review's due time), and an email by what was sent (its subject), not by its template's name.
 */
final class TimelineRows {

  record Row(Instant when, String what, String who, String detail) {}

  private static final Pattern INSTANT = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMM d, yyyy h:mm a z", Locale.US);
  private static final Pattern EMAIL_SENT = Pattern.compile("([a-z0-9-]+) to (.*)");

  private TimelineRows() {}

  static List<Row> of(List<? extends AuditEntry> events, Map<String, String> subjects, ZoneId zone) {
    Function<String, String> inZone = text -> inZone(text, zone);
    return events.stream().map(event -> new Row(event.getOccurredAt(), TimelineLabels.of(event.getEventType()),
        event.getActor(), detail(event.getEventType(), event.getDetail(), subjects, inZone))).toList();
  }

  static String detail(String type, String detail, Map<String, String> subjects, Function<String, String> inZone) {
    if (detail == null) {
      return "";
    }
    if ("EMAIL_SENT".equals(type)) {
      Matcher sent = EMAIL_SENT.matcher(detail);
      if (sent.matches() && subjects.containsKey(sent.group(1))) {
        return "“" + subjects.get(sent.group(1)) + "” to " + sent.group(2);
      }
    }
    return inZone.apply(detail);
  }

  /** Every ISO-8601 instant in {@code text} (as 2026-12-02T19:10:16.940Z) written in {@code zone}. */
  static String inZone(String text, ZoneId zone) {
    return INSTANT.matcher(text).replaceAll(found -> Matcher.quoteReplacement(
        SHOWN.format(Instant.parse(found.group()).atZone(zone))));
  }
}
