package io.dealeraccess;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read with Apache Commons CSV, for the imports (dealer master file, the old portal's user IDs):
 * a header naming the columns (case and spaces do not matter, other columns are ignored), then one record per line.
 * Blank lines are skipped but kept for numbering, so each record's number is its line in the file; the file's own
 * problems (empty, no header, unreadable, too long) are said in words an administrator can act on.
 */
public final class CsvFile {

  /** Commons CSV's words for a quote never closed, with the line it opened on. */
  private static final Pattern UNCLOSED = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated");

  /** One line: its number in the file and its values by (lower-case) column name. */
  public record Line(long number, Map<String, String> values) {

    /** The value in this column, or null when the line or the file has none. */
    public String value(String column) {
      return values.get(column);
    }
  }

  /** The file's problems, or its lines (not blank). */
  public record Read(List<String> fileProblems, List<Line> lines) {}

  private CsvFile() {}

  /**
   * Reads {@code content}; {@code required} are the columns the header must name, {@code hint} what the first line
   * must be, {@code noun} what a line is ("dealerships"), at most {@code maxLines} of them.
   */
  public static Read read(String content, List<String> required, String hint, String noun, int maxLines) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (text.isBlank()) {
      return problem("The file is empty. " + hint);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreHeaderCase(true).setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = new HashMap<>();
      parser.getHeaderMap().forEach((name, index) -> header.put(name.strip().toLowerCase(Locale.ROOT), index));
      List<String> missing = required.stream().filter(column -> !header.containsKey(column)).toList();
      if (!missing.isEmpty()) {
        String first = text.lines().findFirst().orElse("");
        if (first.indexOf(';') >= 0 && first.indexOf(',') < 0) {
          return problem("The columns are separated by semicolons: save the file as CSV with commas (CSV UTF-8) "
              + "and upload it again.");
        }
        return problem("The header has no column " + String.join(", ", missing) + ". " + hint);
      }
      List<Line> lines = new ArrayList<>();
      for (CSVRecord record : parser) {
        // blank lines are kept by the parser, so that a record's number is its line in the file
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (lines.size() == maxLines) {
          return problem(String.format(Locale.ROOT, "The file has more than %,d %s: split it into files of at most "
              + "%,d.", maxLines, noun, maxLines));
        }
        Map<String, String> values = new HashMap<>();
        header.forEach((column, index) -> {
          if (index < record.size()) {
            values.put(column, record.get(index));
          }
        });
        lines.add(new Line(record.getRecordNumber() + 1, values));
      }
      if (lines.isEmpty()) {
        return problem("The file has a header but no " + noun + ".");
      }
      return new Read(List.of(), lines);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // an unclosed quote, a header naming a column twice
      Matcher unclosed = UNCLOSED.matcher(String.valueOf(e.getMessage()));
      if (unclosed.find()) {
        return problem("The file cannot be read as CSV: the quoted value that begins on line " + unclosed.group(1)
            + " has no closing quote (\").");
      }
      return problem("The file cannot be read as CSV: " + reason(e) + ". " + hint);
    }
  }

  private static Read problem(String problem) {
    return new Read(List.of(problem), List.of());
  }

  private static String reason(Exception e) {
    Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? "unreadable" : cause.getMessage();
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
