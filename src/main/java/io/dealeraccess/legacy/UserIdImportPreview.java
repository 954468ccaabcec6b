package io.dealeraccess.legacy;

import java.time.Instant;
import java.util.List;

/**
 * What importing an uploaded file of the old portal's user IDs would do, before anything is saved. The counts are
 * for the whole file; {@code rows} lists the lines with a problem (up to 1,000) and the first lines without one (up
 * to 500), in file order, so that a lender's whole file still makes a page a browser can show.
 */
public record UserIdImportPreview(Long id, String fileName, String sha256, String uploadedBy, Instant uploadedAt,
    String appliedBy, Instant appliedAt, List<String> fileProblems, List<Row> rows, long importCount,
    long problemCount) {

  /** One line: the ID, and its problems (none: it is imported). */
  public record Row(long line, String userId, String pdn, String name, List<String> problems) {

    public boolean hasProblems() {
      return !problems.isEmpty();
    }
  }

  /** Lines counted but not in {@code rows}. */
  public long notShown() {
    return importCount + problemCount - rows.size();
  }

  /** Whether the file can be imported as it is: read, every line right, not imported before. */
  public boolean canImport() {
    return appliedAt == null && fileProblems.isEmpty() && problemCount == 0;
  }
}
