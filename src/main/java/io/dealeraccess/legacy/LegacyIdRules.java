package io.dealeraccess.legacy;

import io.dealeraccess.CsvFile;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.DealerRole;
import io.dealeraccess.account.ImportedAccount;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user ID of the old portal must be to be imported: the registration's field rules, a free user ID, a known
 * PDN of an active dealership, a known role, known applications the role may hold, a last use that is not in the
 * future, and no other ID for the same person at the same PDN. Each problem in words an administrator can act on.
 */
final class LegacyIdRules {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
  /** The columns, as the file names them, and the words for them in a problem. */
  private static final Map<String, String> FIELDS = Map.of("pdn", "PDN", "userId", "User ID", "firstName",
      "First name", "lastName", "Last name", "email", "Email", "businessPhone", "Business phone");
  private static final List<String> ORDER = List.of("userId", "pdn", "firstName", "lastName", "email",
      "businessPhone");

  private LegacyIdRules() {}

  /** The ID as stated, or its problems. */
  record Checked(ImportedAccount account, List<String> problems) {}

  static Checked check(CsvFile.Line line, Known known) {
    LegacyIdLine fields = new LegacyIdLine();
    fields.setUserId(line.value("user_id"));
    fields.setPdn(line.value("pdn"));
    fields.setFirstName(line.value("first_name"));
    fields.setLastName(line.value("last_name"));
    fields.setEmail(line.value("email"));
    fields.setBusinessPhone(line.value("business_phone"));
    List<String> problems = new ArrayList<>(fieldProblems(fields));
    String userId = AccountService.normalizeUserId(fields.getUserId());
    if (userId != null && problems.stream().noneMatch(p -> p.startsWith("User ID")) && known.isUserIdTaken(userId)) {
      problems.add("User ID " + userId + " is taken already.");
    }
    String pdn = fields.getPdn();
    if (pdn != null && problems.stream().noneMatch(p -> p.startsWith("PDN")) && !known.isActiveDealership(pdn)) {
      problems.add("PDN " + pdn + " is not an active dealership: import the dealer master file first.");
    }
    Optional<DealerRole> role = DealerRole.parse(line.value("role"));
    if (role.isEmpty()) {
      problems.add(blank(line.value("role")) ? "The role is empty." : "The role \"" + shorten(line.value("role"))
          + "\" is not one of " + String.join(", ", Arrays.stream(DealerRole.values()).map(Enum::name).toList())
          + ".");
    }
    List<String> applications = applications(line.value("applications"), role.orElse(null), known, problems);
    Instant lastUsed = lastUsed(line.value("last_used_at"), known, problems);
    String email = fields.getEmail();
    if (email != null && pdn != null && problems.stream().noneMatch(p -> p.startsWith("Email") || p.startsWith("PDN"))
        && known.hasUserIdAtDealership(email, pdn)) {
      problems.add(email + " has a user ID at PDN " + pdn + " already: one user ID per person per dealership.");
    }
    if (!problems.isEmpty()) {
      return new Checked(null, List.copyOf(problems));
    }
    return new Checked(new ImportedAccount(userId, pdn, fields.getFirstName(), fields.getLastName(), email,
        fields.normalizedPhone(), role.orElseThrow().name(), applications, lastUsed), List.of());
  }

  private static List<String> fieldProblems(LegacyIdLine fields) {
    Set<ConstraintViolation<LegacyIdLine>> violations = VALIDATOR.validate(fields);
    return violations.stream()
        .filter(violation -> FIELDS.containsKey(violation.getPropertyPath().toString()))
        .sorted(Comparator.comparing((ConstraintViolation<LegacyIdLine> v) -> ORDER.indexOf(
            v.getPropertyPath().toString())).thenComparing(ConstraintViolation::getMessage))
        .map(violation -> FIELDS.get(violation.getPropertyPath().toString()) + ": " + violation.getMessage())
        .distinct().toList();
  }

  private static List<String> applications(String value, DealerRole role, Known known, List<String> problems) {
    Set<String> codes = new LinkedHashSet<>();
    if (!blank(value)) {
      for (String code : value.split(";")) {
        if (!code.isBlank()) {
          codes.add(code.strip().toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    Set<String> eligible = role == null ? Set.of() : known.eligibleFor(role.name());
    for (String code : codes) {
      if (!known.applications().contains(code)) {
        problems.add("Application " + shorten(code) + " is not one of the portal's applications.");
      } else if (role != null && !eligible.contains(code)) {
        problems.add("Application " + code + " is not open to the role " + role.label() + ".");
      }
    }
    return List.copyOf(codes);
  }

  private static Instant lastUsed(String value, Known known, List<String> problems) {
    if (blank(value)) {
      // never used in the old portal: the 60-day rule counts from the import, as from a new ID's activation
      return null;
    }
    String text = value.strip();
    Instant lastUsed;
    try {
      lastUsed = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(known.zone()).toInstant()
          : text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problems.add("The last use \"" + shorten(text) + "\" is not an ISO-8601 date or instant, like 2026-10-31 or "
          + "2026-10-31T14:05:00Z.");
      return null;
    }
    if (lastUsed.isAfter(known.now())) {
      problems.add("The last use " + text + " is in the future.");
      return null;
    }
    return lastUsed;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String shorten(String value) {
    return value.length() > 30 ? value.substring(0, 30) + "…" : value;
  }
}
