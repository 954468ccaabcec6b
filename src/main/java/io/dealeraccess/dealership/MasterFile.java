package io.dealeraccess.dealership;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The lender's dealer master file, read with Apache Commons CSV: a header naming the columns (pdn, name, active; and
 * address, phone if the file has them; any others are ignored), then one line per dealership. Every line is checked
 * and every problem reported with its line number; nothing here touches the database.
 */
final class MasterFile {

  static final int MAX_LINES = 100_000;
  static final List<String> REQUIRED = List.of("pdn", "name", "active");
  private static final String HEADER_HINT = "The first line must name the columns: pdn,name,active (address and "
      + "phone may follow).";

  /** One line of the file: the dealership it states, or its problems. */
  record Line(long number, String pdn, String name, DealershipRecord record, List<String> problems) {}

  /** The file's own problems (no header, unreadable) and its lines. */
  record Parsed(List<String> fileProblems, List<Line> lines) {

    boolean isClean() {
      return fileProblems.isEmpty() && lines.stream().allMatch(line -> line.problems().isEmpty());
    }
  }

  private MasterFile() {}

  static Parsed parse(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (text.isBlank()) {
      return new Parsed(List.of("The file is empty. " + HEADER_HINT), List.of());
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreHeaderCase(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = new HashMap<>();
      parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
      List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
      if (!missing.isEmpty()) {
        return new Parsed(List.of("The header has no column " + String.join(", ", missing) + ". " + HEADER_HINT),
            List.of());
      }
      List<Line> lines = new ArrayList<>();
      Map<String, Long> seen = new HashMap<>();
      for (CSVRecord record : parser) {
        // blank lines are kept by the parser, so that a record's number is its line in the file
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (lines.size() == MAX_LINES) {
          return new Parsed(List.of("The file has more than " + MAX_LINES + " dealerships: split it into files of "
              + "at most " + MAX_LINES + "."), List.of());
        }
        lines.add(line(record, header, seen));
      }
      if (lines.isEmpty()) {
        return new Parsed(List.of("The file has a header but no dealerships."), List.of());
      }
      return new Parsed(List.of(), lines);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // an unclosed quote, a header naming a column twice
      return new Parsed(List.of("The file cannot be read as CSV: " + reason(e) + ". " + HEADER_HINT), List.of());
    }
  }

  private static Line line(CSVRecord record, Map<String, Integer> header, Map<String, Long> seen) {
    long number = record.getRecordNumber() + 1;
    String pdn = value(record, header, "pdn");
    String name = value(record, header, "name");
    MasterDataRules.Checked checked = MasterDataRules.check(pdn, name, value(record, header, "active"),
        value(record, header, "address"), value(record, header, "phone"));
    List<String> problems = new ArrayList<>(checked.problems());
    String cleanPdn = MasterDataRules.blankToNull(pdn);
    if (cleanPdn != null) {
      Long earlier = seen.putIfAbsent(cleanPdn, number);
      if (earlier != null) {
        problems.add("PDN " + cleanPdn + " is on line " + earlier + " already: each dealership once.");
      }
    }
    return new Line(number, cleanPdn, MasterDataRules.blankToNull(name), problems.isEmpty() ? checked.record() : null,
        List.copyOf(problems));
  }

  private static String value(CSVRecord record, Map<String, Integer> header, String column) {
    Integer index = header.get(column);
    return index == null || index >= record.size() ? null : record.get(index);
  }

  private static String reason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }

  /** The columns this file reads; others are allowed and ignored. */
  static final Set<String> READ = Set.of("pdn", "name", "active", "address", "phone");
}
