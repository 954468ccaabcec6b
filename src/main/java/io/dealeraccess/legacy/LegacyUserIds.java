package io.dealeraccess.legacy;

import io.dealeraccess.DealerAccessProperties;
import io.dealeraccess.UploadedFile.UploadRefusedException;
import io.dealeraccess.account.AccountService;
import io.dealeraccess.account.ApplicationCatalog;
import io.dealeraccess.account.ApplicationEligibility;
import io.dealeraccess.account.LegacyAccounts;
import io.dealeraccess.account.PortalApplication;
import io.dealeraccess.dealership.DealershipService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  private final UserIdImportRepository imports;
  private final LegacyAccounts legacyAccounts;
  private final AccountService accounts;
  private final ApplicationCatalog catalog;
  private final ApplicationEligibility eligibility;
  private final DealershipService dealerships;
  private final DealerAccessProperties properties;
  private final Clock clock;

  LegacyUserIds(UserIdImportRepository imports, LegacyAccounts legacyAccounts, AccountService accounts,
      ApplicationCatalog catalog, ApplicationEligibility eligibility, DealershipService dealerships,
      DealerAccessProperties properties, Clock clock) {
    this.imports = imports;
    this.legacyAccounts = legacyAccounts;
    this.accounts = accounts;
    this.catalog = catalog;
    this.eligibility = eligibility;
    this.dealerships = dealerships;
    this.properties = properties;
    this.clock = clock;
  }

  /** Keeps an uploaded file for its preview and import; returns its id. No user ID changes yet. */
  @Transactional
  public Long upload(String fileName, byte[] content, String by) {
    return imports.save(new UserIdImport(fileName, content, by, clock.instant())).getId();
  }

  public Optional<UserIdImportPreview> preview(Long id) {
    return imports.findById(id).map(upload -> preview(upload, LegacyIdFile.parse(upload.getContent(), known())));
  }

  /** Imports every line, or none when any line has a problem; once per upload. Returns what it did. */
  @Transactional
  public UserIdImportPreview apply(Long id, String by) {
    UserIdImport upload = imports.findForUpdate(id)
        .orElseThrow(() -> new UploadRefusedException("There is no such upload: upload the file again."));
    if (upload.getAppliedAt() != null) {
      throw new UploadRefusedException("This file was imported already, by " + upload.getAppliedBy() + ".");
    }
    LegacyIdFile.Parsed parsed = LegacyIdFile.parse(upload.getContent(), known());
    if (!parsed.isClean()) {
      throw new UploadRefusedException("Nothing was imported: the file has problems. Correct them and upload it "
          + "again.");
    }
    for (LegacyIdFile.Line line : parsed.lines()) {
      legacyAccounts.open(line.account(), by, upload.getFileName());
    }
    upload.applied(by, clock.instant());
    return preview(upload, parsed);
  }

  private static UserIdImportPreview preview(UserIdImport upload, LegacyIdFile.Parsed parsed) {
    long problems = parsed.problemCount();
    return new UserIdImportPreview(upload.getId(), upload.getFileName(), upload.getSha256(), upload.getUploadedBy(),
        upload.getUploadedAt(), upload.getAppliedBy(), upload.getAppliedAt(), parsed.fileProblems(),
        parsed.lines().stream().map(line -> new UserIdImportPreview.Row(line.number(), line.userId(), line.pdn(),
            line.name(), line.problems())).toList(), parsed.lines().size() - problems, problems);
  }

  /** The product's data as the rules see it, read as they ask (a role's applications once per file). */
  private Known known() {
    Set<String> applications = catalog.all().stream().map(PortalApplication::getCode).collect(Collectors.toSet());
    Map<String, Set<String>> byRole = new HashMap<>();
    Instant now = clock.instant();
    ZoneId zone = properties.sla().zone();
    return new Known() {
      @Override
      public boolean isActiveDealership(String pdn) {
        return dealerships.findActive(pdn).isPresent();
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
        return accounts.isUserIdTaken(userId);
      }

      @Override
      public boolean hasUserIdAtDealership(String email, String pdn) {
        return accounts.hasUserIdAtDealership(email, pdn);
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
}
