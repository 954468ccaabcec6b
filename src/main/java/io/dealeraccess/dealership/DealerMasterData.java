package io.dealeraccess.dealership;

import io.dealeraccess.UploadedFile;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lender's dealer master data: a file uploaded, previewed line by line, then imported all or nothing; and single
 * dealerships pushed by the lender's dealer system. The same data twice changes nothing; a changed name, status,
 * address or phone updates the dealership; each change is on the dealership's timeline with who made it; a
 * dealership that becomes inactive publishes {@link DealershipInactivated}.
 */
@Service
@Transactional(readOnly = true)
public class DealerMasterData {

  /** A page lists at most this many problems and this many new or changed lines; the counts are always whole. */
  static final int SHOWN_PROBLEMS = 1000;
  static final int SHOWN_CHANGES = 500;

  private final DealershipRepository dealerships;
  private final DealershipImportRepository imports;
  private final DealershipEventRepository events;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final EntityManager entityManager;

  DealerMasterData(EntityManager entityManager, DealershipRepository dealerships, DealershipImportRepository imports,
      DealershipEventRepository events, ApplicationEventPublisher publisher, Clock clock) {
    this.dealerships = dealerships;
    this.imports = imports;
    this.events = events;
    this.publisher = publisher;
    this.clock = clock;
    this.entityManager = entityManager;
  }

  /** Keeps an uploaded file for its preview and import; returns its id. Nothing about dealerships changes yet. */
  @Transactional
  public Long upload(String fileName, byte[] content, String by) {
    return imports.save(new DealershipImport(fileName, content, by, clock.instant())).getId();
  }

  public Optional<ImportPreview> preview(Long id) {
    return imports.findById(id).map(this::preview);
  }

  /**
   * Imports the uploaded file: every line, or none when any line has a problem; once (a second click, or the same
   * upload on another node, is refused). Returns what it did.
   */
  @Transactional
  public ImportPreview apply(Long id, String by) {
    DealershipImport upload = imports.findForUpdate(id)
        .orElseThrow(() -> new ImportRefusedException("There is no such upload: upload the file again."));
    if (upload.getAppliedAt() != null) {
      throw new ImportRefusedException("This file was imported already, by " + upload.getAppliedBy() + ".");
    }
    MasterFile.Parsed parsed = MasterFile.parse(upload.getContent());
    if (!parsed.isClean()) {
      throw new ImportRefusedException("Nothing was imported: the file has problems. Correct them and upload it "
          + "again.");
    }
    ImportPreview preview = preview(upload, parsed);
    for (List<MasterFile.Line> chunk : UploadedFile.inChunks(parsed.lines())) {
      Map<String, Dealership> existing = existing(chunk.stream().map(MasterFile.Line::pdn).toList());
      for (MasterFile.Line line : chunk) {
        save(line.record(), existing.get(line.pdn()), by, "from " + upload.getFileName());
      }
      // written; what the persistence context holds is not needed again (a whole master file would fill the heap)
      entityManager.flush();
      entityManager.clear();
    }
    DealershipImport imported = imports.findById(id).orElseThrow(); // still locked by this transaction
    imported.applied(by, clock.instant());
    return preview.applied(imported.getAppliedBy(), imported.getAppliedAt());
  }

  /** One dealership as the lender's dealer system states it; what it changed. */
  @Transactional
  public ImportPreview.Outcome put(String pdn, String name, String active, String address, String phone, String by) {
    MasterDataRules.Checked checked = MasterDataRules.check(pdn, name, active, address, phone);
    if (!checked.problems().isEmpty()) {
      throw new ImportRefusedException(String.join(" ", checked.problems()));
    }
    return save(checked.record(), dealerships.findById(checked.record().pdn()).orElse(null), by, "by the API");
  }

  public List<DealershipEvent> timeline(String pdn) {
    return events.findByPdnOrderByOccurredAtAscIdAsc(pdn);
  }

  private ImportPreview.Outcome save(DealershipRecord record, Dealership current, String by, String how) {
    if (current == null) {
      dealerships.save(new Dealership(record.pdn(), record.name(), record.active(),
          DealershipRecord.after(record.address(), null), DealershipRecord.after(record.phone(), null)));
      event(record.pdn(), by, "CREATED", "Added " + how + ": " + record.name()
          + (record.active() ? ", active" : ", inactive"));
      return ImportPreview.Outcome.NEW;
    }
    List<String> changes = current.differences(record);
    if (changes.isEmpty()) {
      return ImportPreview.Outcome.UNCHANGED;
    }
    boolean inactivated = current.isActive() && !record.active();
    current.update(record);
    event(record.pdn(), by, inactivated ? "INACTIVATED" : "UPDATED", "Changed " + how + ": "
        + String.join("; ", changes));
    if (inactivated) {
      publisher.publishEvent(new DealershipInactivated(record.pdn(), record.name(), by));
    }
    return ImportPreview.Outcome.CHANGED;
  }

  /** Records an entry on the dealership's timeline (the inactivation process does too). */
  @Transactional
  public void event(String pdn, String by, String type, String detail) {
    events.save(new DealershipEvent(pdn, clock.instant(), by, type, detail));
  }

  private ImportPreview preview(DealershipImport upload) {
    return preview(upload, MasterFile.parse(upload.getContent()));
  }

  private ImportPreview preview(DealershipImport upload, MasterFile.Parsed parsed) {
    List<ImportPreview.Row> problems = new ArrayList<>();
    List<ImportPreview.Row> changes = new ArrayList<>();
    int[] counts = new int[ImportPreview.Outcome.values().length];
    for (List<MasterFile.Line> chunk : UploadedFile.inChunks(parsed.lines())) {
      Map<String, Dealership> existing = existing(chunk.stream().map(MasterFile.Line::pdn)
          .filter(pdn -> pdn != null && pdn.matches("\\d{5}")).toList());
      for (MasterFile.Line line : chunk) {
        ImportPreview.Row row = row(line, existing.get(line.pdn()));
        counts[row.outcome().ordinal()]++;
        if (row.outcome() == ImportPreview.Outcome.PROBLEM && problems.size() < SHOWN_PROBLEMS) {
          problems.add(row);
        } else if (row.outcome() != ImportPreview.Outcome.UNCHANGED && row.outcome() != ImportPreview.Outcome.PROBLEM
            && changes.size() < SHOWN_CHANGES) {
          changes.add(row);
        }
      }
    }
    return new ImportPreview(upload.getId(), upload.getFileName(), upload.getSha256(), upload.getUploadedBy(),
        upload.getUploadedAt(), upload.getAppliedBy(), upload.getAppliedAt(), parsed.fileProblems(),
        java.util.stream.Stream.concat(problems.stream(), changes.stream())
            .sorted(java.util.Comparator.comparingLong(ImportPreview.Row::line)).toList(),
        counts[ImportPreview.Outcome.NEW.ordinal()], counts[ImportPreview.Outcome.CHANGED.ordinal()],
        counts[ImportPreview.Outcome.UNCHANGED.ordinal()], counts[ImportPreview.Outcome.PROBLEM.ordinal()]);
  }

  private static ImportPreview.Row row(MasterFile.Line line, Dealership current) {
    if (!line.problems().isEmpty()) {
      return new ImportPreview.Row(line.number(), line.pdn(), line.name(), ImportPreview.Outcome.PROBLEM,
          String.join(" ", line.problems()));
    }
    DealershipRecord record = line.record();
    if (current == null) {
      return new ImportPreview.Row(line.number(), record.pdn(), record.name(), ImportPreview.Outcome.NEW,
          record.active() ? "new, active" : "new, inactive");
    }
    List<String> changes = current.differences(record);
    if (changes.isEmpty()) {
      return new ImportPreview.Row(line.number(), record.pdn(), record.name(), ImportPreview.Outcome.UNCHANGED, "");
    }
    String detail = String.join("; ", changes);
    if (current.isActive() && !record.active()) {
      detail += ". Its active user IDs will be listed for the help desk to confirm their deactivation";
    }
    return new ImportPreview.Row(line.number(), record.pdn(), record.name(), ImportPreview.Outcome.CHANGED, detail);
  }

  private Map<String, Dealership> existing(List<String> pdns) {
    return dealerships.findAllById(pdns).stream().collect(Collectors.toMap(Dealership::getPdn, Function.identity()));
  }

}
