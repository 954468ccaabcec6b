package io.dealeraccess.dealership;

import io.dealeraccess.CsvFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    CsvFile.Read read = CsvFile.read(content, REQUIRED, HEADER_HINT, "dealerships", MAX_LINES);
    Map<String, Long> seen = new HashMap<>();
    return new Parsed(read.fileProblems(), read.lines().stream().map(line -> line(line, seen)).toList());
  }

  private static Line line(CsvFile.Line csv, Map<String, Long> seen) {
    long number = csv.number();
    String pdn = csv.value("pdn");
    String name = csv.value("name");
    MasterDataRules.Checked checked = MasterDataRules.check(pdn, name, csv.value("active"), csv.value("address"),
        csv.value("phone"));
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

  /** The columns this file reads; others are allowed and ignored. */
  static final Set<String> READ = Set.of("pdn", "name", "active", "address", "phone");
}
