package io.dealeraccess.dealership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a dealership in the lender's master data must look like, for the file and the API alike: each problem in
 * words an administrator can act on.
 */
final class MasterDataRules {

  static final int NAME_MAX = 200;
  static final int ADDRESS_MAX = 300;
  static final int PHONE_MAX = 40;
  private static final Set<String> YES = Set.of("true", "yes", "y", "1", "active");
  private static final Set<String> NO = Set.of("false", "no", "n", "0", "inactive");

  private MasterDataRules() {}

  /** A dealership as stated, or its problems. */
  record Checked(DealershipRecord record, List<String> problems) {}

  static Checked check(String pdn, String name, String active, String address, String phone) {
    List<String> problems = new ArrayList<>();
    String cleanPdn = blankToNull(pdn);
    if (cleanPdn == null) {
      problems.add("The PDN is empty.");
    } else if (!cleanPdn.matches("\\d{5}")) {
      problems.add("The PDN \"" + shorten(cleanPdn) + "\" is not 5 digits.");
    }
    String cleanName = text("name", name, NAME_MAX, problems);
    if (cleanName == null && problems.stream().noneMatch(problem -> problem.startsWith("The name"))) {
      problems.add("The name is empty.");
    }
    Boolean isActive = active(active, problems);
    String cleanAddress = stated("address", address, ADDRESS_MAX, problems);
    String cleanPhone = stated("phone", phone, PHONE_MAX, problems);
    if (!problems.isEmpty()) {
      return new Checked(null, List.copyOf(problems));
    }
    return new Checked(new DealershipRecord(cleanPdn, cleanName, isActive, cleanAddress, cleanPhone), List.of());
  }

  private static Boolean active(String active, List<String> problems) {
    String value = blankToNull(active);
    if (value == null) {
      problems.add("Active is empty: write true or false.");
      return null;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (YES.contains(lower)) {
      return true;
    }
    if (NO.contains(lower)) {
      return false;
    }
    problems.add("Active must be true or false, not \"" + shorten(value) + "\".");
    return null;
  }

  /** An optional value: null when not stated (kept), {@code ""} when stated empty (removed), else as {@link #text}. */
  private static String stated(String field, String value, int max, List<String> problems) {
    return value == null ? null : value.isBlank() ? "" : text(field, value, max, problems);
  }

  private static String text(String field, String value, int max, List<String> problems) {
    String clean = blankToNull(value);
    if (clean == null) {
      return null;
    }
    if (clean.codePoints().anyMatch(Character::isISOControl)) {
      problems.add("The " + field + " has a line break or another control character.");
    } else if (clean.length() > max) {
      problems.add("The " + field + " is longer than " + max + " characters.");
    }
    return clean;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String shorten(String value) {
    return value.length() > 20 ? value.substring(0, 20) + "…" : value;
  }
}
