package io.dealeraccess.dealership;

import java.time.Instant;
import java.util.List;

/**
 * What importing an uploaded master file would do, line by line, before anything is saved. The counts are for the
 * whole file; {@code rows} lists the lines with a problem (up to 1,000) and the new or changed ones (up to 500), in
 * file order, so that a first import of a lender's whole file still makes a page a browser can show.
 */
public record ImportPreview(Long id, String fileName, String sha256, String uploadedBy, Instant uploadedAt,
    String appliedBy, Instant appliedAt, List<String> fileProblems, List<Row> rows, int newCount, int changedCount,
    int unchangedCount, int problemCount) {

  public enum Outcome { NEW, CHANGED, UNCHANGED, PROBLEM }

  /** One line: its outcome, and what changes or what is wrong. */
  public record Row(long line, String pdn, String name, Outcome outcome, String detail) {}

  /** Whether the file can be imported as it is: read, every line right, not imported before. */
  public boolean canImport() {
    return appliedAt == null && fileProblems.isEmpty() && problemCount == 0;
  }

  /** What the import did: this preview, imported by {@code by}. */
  ImportPreview applied(String by, Instant at) {
    return new ImportPreview(id, fileName, sha256, uploadedBy, uploadedAt, by, at, fileProblems, rows, newCount,
        changedCount, unchangedCount, problemCount);
  }

  /** Lines that are new, changed or have a problem but are not in {@code rows} (a page lists so many). */
  public int notShown() {
    return newCount + changedCount + problemCount - rows.size();
  }

  public boolean changesSomething() {
    return newCount + changedCount > 0;
  }
}
