package io.dealeraccess.legacy;

import io.dealeraccess.CsvFile;
import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.UploadedFile.UploadRefusedException;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.ApplicationEligibility;
import io.dealeraccess.account.LegacyAccounts;
import io.dealeraccess.account.PortalApplication;
import io.dealeraccess.dealership.DealershipService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The old portal's user IDs at go-live: a file uploaded, previewed line by line (every problem), then imported all
 * or nothing, once per upload. Each imported ID's owner is emailed a single-use link to set a password and choose
 * security questions ({@link LegacyAccounts}).
 */
@Service
@Transactional(readOnly = true)
public class LegacyUserIds {

  static final int SHOWN_PROBLEMS = 1000;
  static final int SHOWN_RIGHT = 500;
  private static final int WRITTEN_TOGETHER = 100;

  private final UserIdImportRepository imports;
  private final LegacyAccounts legacyAccounts;
  private final ApplicationCatalog catalog;
  private final ApplicationEligibility eligibility;
  private final DealershipService dealerships;
  private final DealerAccessProperties properties;
  private final Clock clock;
  private final EntityManager entityManager;

  LegacyUserIds(EntityManager entityManager, UserIdImportRepository imports, LegacyAccounts legacyAccounts,
      ApplicationCatalog catalog, ApplicationEligibility eligibility, DealershipService dealerships,
      DealerAccessProperties properties, Clock clock) {
    this.imports = imports;
    this.legacyAccounts = legacyAccounts;
    this.catalog = catalog;
    this.eligibility = eligibility;
    this.dealerships = dealerships;
    this.properties = properties;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  /** Keeps an uploaded file for its preview and import; returns its id. No user ID changes yet. */
  @Transactional
  public Long upload(String fileName, byte[] content, String by) {
    return imports.save(new UserIdImport(fileName, content, by, clock.instant())).getId();
  }

  public Optional<UserIdImportPreview> preview(Long id) {
    return imports.findById(id).map(upload -> preview(upload, parse(upload)));
  }

  /** Imports every line, or none when any line has a problem; once per upload. Returns what it did. */
  @Transactional
  public UserIdImportPreview apply(Long id, String by) {
    UserIdImport upload = imports.findForUpdate(id)
        .orElseThrow(() -> new UploadRefusedException("There is no such upload: upload the file again."));
    if (upload.getAppliedAt() != null) {
      throw new UploadRefusedException("This file was imported already, by " + upload.getAppliedBy() + ".");
    }
    LegacyIdFile.Parsed parsed = parse(upload);
    if (!parsed.isClean()) {
      throw new UploadRefusedException("Nothing was imported: the file has problems. Correct them and upload it "
          + "again.");
    }
    String source = upload.getFileName();
    // Each line's own queries (is the user ID free, ...) would flush first, each time checking every entity the
    // transaction holds: a file of 100,000 would take hours. The rows are written every WRITTEN_TOGETHER lines
    // instead, and forgotten (the heap holds no more than those); the database's unique keys still hold at each.
    entityManager.setFlushMode(FlushModeType.COMMIT);
    List<LegacyIdFile.Line> lines = parsed.lines();
    for (int start = 0; start < lines.size(); start += WRITTEN_TOGETHER) {
      lines.subList(start, Math.min(lines.size(), start + WRITTEN_TOGETHER))
          .forEach(line -> legacyAccounts.open(line.account(), by, source));
      entityManager.flush();
      entityManager.clear();
    }
    UserIdImport imported = imports.findById(id).orElseThrow(); // still locked by this transaction
    imported.applied(by, clock.instant());
    return preview(imported, parsed);
  }

  private LegacyIdFile.Parsed parse(UserIdImport upload) {
    CsvFile.Read read = LegacyIdFile.read(upload.getContent());
    return LegacyIdFile.check(read, known(read.lines()));
  }

  /** The whole file's counts; the lines with a problem (up to 1,000) and the first of the rest (up to 500). */
  private static UserIdImportPreview preview(UserIdImport upload, LegacyIdFile.Parsed parsed) {
    long problems = parsed.problemCount();
    List<UserIdImportPreview.Row> rows = new ArrayList<>();
    int shownProblems = 0;
    int shownRight = 0;
    for (LegacyIdFile.Line line : parsed.lines()) {
      boolean problem = !line.problems().isEmpty();
      if (problem ? shownProblems++ < SHOWN_PROBLEMS : shownRight++ < SHOWN_RIGHT) {
        rows.add(new UserIdImportPreview.Row(line.number(), line.userId(), line.pdn(), line.name(), line.problems()));
      }
    }
    return new UserIdImportPreview(upload.getId(), upload.getFileName(), upload.getSha256(), upload.getUploadedBy(),
        upload.getUploadedAt(), upload.getAppliedBy(), upload.getAppliedAt(), parsed.fileProblems(), rows,
        parsed.lines().size() - problems, problems);
  }

  /**
   * The product's data as the rules see it, for the lines of one file: the user IDs taken, the active dealerships
   * and the people holding IDs there are read for the whole file at once, a query per thousand values, not a query
   * per line (a role's applications once per file).
   */
  private Known known(List<CsvFile.Line> lines) {
    Set<String> applications = catalog.all().stream().map(PortalApplication::getCode).collect(Collectors.toSet());
    Map<String, Set<String>> byRole = new HashMap<>();
    Instant now = clock.instant();
    ZoneId zone = properties.sla().zone();
    Set<String> taken = legacyAccounts.takenOf(values(lines, "user_id", AccountService::normalizeUserId));
    List<String> pdns = values(lines, "pdn", String::strip);
    Set<String> active = dealerships.activeOf(pdns);
    Set<String> people = legacyAccounts.peopleAt(pdns);
    return new Known() {
      @Override
      public boolean isActiveDealership(String pdn) {
        return active.contains(pdn);
      }

      @Override
      public Set<String> applications() {
        return applications;
      }

      @Override
      public Set<String> eligibleFor(String role) {
        return byRole.computeIfAbsent(role, r -> Set.copyOf(eligibility.applicationsFor(r)));
      }

      @Override
      public boolean isUserIdTaken(String userId) {
        return taken.contains(AccountService.normalizeUserId(userId));
      }

      @Override
      public boolean hasUserIdAtDealership(String email, String pdn) {
        return people.contains(email.toLowerCase(Locale.ROOT) + " " + pdn);
      }

      @Override
      public Instant now() {
        return now;
      }

      @Override
      public ZoneId zone() {
        return zone;
      }
    };
  }

  private static List<String> values(List<CsvFile.Line> lines, String column, UnaryOperator<String> normal) {
    return lines.stream().map(line -> line.value(column)).filter(value -> value != null && !value.isBlank())
        .map(normal).distinct().toList();
  }
}
