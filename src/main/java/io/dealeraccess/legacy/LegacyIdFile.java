package io.dealeraccess.legacy;

import io.dealeraccess.CsvFile;
import io.dealeraccess.account.ImportedAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The old portal's user IDs, one per line under the header
 * {@code user_id,pdn,first_name,last_name,email,business_phone,role,applications,last_used_at}: every line checked
 * ({@link LegacyIdRules}, and once in the file: each user ID, each person per PDN), every problem with its line
 * number. Reads the product's data only through {@link Known}; changes nothing.
 */
final class LegacyIdFile {

  static final int MAX_LINES = 100_000;
  static final List<String> REQUIRED = List.of("user_id", "pdn", "first_name", "last_name", "email",
      "business_phone", "role", "applications", "last_used_at");
  private static final String HEADER_HINT = "The first line must name the columns: " + String.join(",", REQUIRED)
      + ".";

  /** One line: the ID it states, or its problems. */
  record Line(long number, String userId, String pdn, String name, ImportedAccount account, List<String> problems) {}

  record Parsed(List<String> fileProblems, List<Line> lines) {

    boolean isClean() {
      return fileProblems.isEmpty() && lines.stream().allMatch(line -> line.problems().isEmpty());
    }

    long problemCount() {
      return lines.stream().filter(line -> !line.problems().isEmpty()).count();
    }
  }

  private LegacyIdFile() {}

  static Parsed parse(String content, Known known) {
    return check(read(content), known);
  }

  /** The file's lines as written, before any rule. */
  static CsvFile.Read read(String content) {
    return CsvFile.read(content, REQUIRED, HEADER_HINT, "user IDs", MAX_LINES);
  }

  static Parsed check(CsvFile.Read read, Known known) {
    Map<String, Long> userIds = new HashMap<>();
    Map<String, Long> people = new HashMap<>();
    List<Line> lines = new ArrayList<>();
    for (CsvFile.Line csv : read.lines()) {
      LegacyIdRules.Checked checked = LegacyIdRules.check(csv, known);
      List<String> problems = new ArrayList<>(checked.problems());
      String userId = lower(csv.value("user_id"));
      String pdn = csv.value("pdn") == null ? null : csv.value("pdn").strip();
      String email = lower(csv.value("email"));
      once(userIds, userId, csv.number(), problems, "User ID " + userId + " is on line %d already: each user ID once.");
      if (email != null && pdn != null) {
        once(people, email + " " + pdn, csv.number(), problems, email + " has a user ID at PDN " + pdn
            + " on line %d already: one user ID per person per dealership.");
      }
      String name = String.join(" ", List.of(nonNull(csv.value("first_name")), nonNull(csv.value("last_name"))))
          .strip();
      lines.add(new Line(csv.number(), userId, pdn, name, problems.isEmpty() ? checked.account() : null,
          List.copyOf(problems)));
    }
    return new Parsed(read.fileProblems(), lines);
  }

  private static void once(Map<String, Long> seen, String key, long number, List<String> problems, String message) {
    if (key == null) {
      return;
    }
    Long earlier = seen.putIfAbsent(key, number);
    if (earlier != null) {
      problems.add(message.formatted(earlier));
    }
  }

  private static String lower(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value.strip();
  }
}
