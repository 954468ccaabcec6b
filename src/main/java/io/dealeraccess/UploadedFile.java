package io.dealeraccess;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A file an administrator uploaded for an import: previewed from here and imported from here (so the import is what
 * was previewed, on whichever node), once; kept for the audit.
 */
@MappedSuperclass
public abstract class UploadedFile {

  /** The largest file accepted. */
  public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
  /** Lines read or written together: one query for a thousand lines, not one per line. */
  public static final int CHUNK = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String fileName;
  private String content;
  private String sha256;
  private String uploadedBy;
  private Instant uploadedAt;
  private String appliedBy;
  private Instant appliedAt;

  protected UploadedFile() {}

  /** The upload as kept; {@link UploadRefusedException} when it is too large or not UTF-8. */
  protected UploadedFile(String fileName, byte[] content, String defaultName, String uploadedBy, Instant uploadedAt) {
    if (content.length > MAX_FILE_BYTES) {
      throw new UploadRefusedException("The file is larger than " + MAX_FILE_BYTES / (1024 * 1024)
          + " MB: split it into smaller files.");
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.indexOf('\0') >= 0) {
      // a spreadsheet uploaded by mistake (PostgreSQL refuses NUL in text: it was a 500)
      throw new UploadRefusedException("The file is not a CSV text file (it holds binary data, as a spreadsheet "
          + "does): save it as CSV UTF-8 and upload it again.");
    }
    if (text.indexOf('\uFFFD') >= 0) {
      throw new UploadRefusedException("The file is not UTF-8 text: save it as CSV UTF-8 and upload it again.");
    }
    String name = fileName == null || fileName.isBlank() ? defaultName : fileName.strip();
    this.fileName = name.length() > 255 ? name.substring(0, 255) : name;
    this.content = text;
    this.sha256 = sha256(content);
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContent() {
    return content;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  /** Imported; {@link UploadRefusedException} when it was already (the caller holds the row's lock). */
  public void applied(String by, Instant at) {
    if (appliedAt != null) {
      throw new UploadRefusedException("This file was imported already, by " + appliedBy + ".");
    }
    this.appliedBy = by;
    this.appliedAt = at;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An upload that is refused as a whole (too large, not UTF-8, imported already): the message says why. */
  public static class UploadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UploadRefusedException(String message) {
      super(message);
    }
  }

  /** A file's lines {@link #CHUNK} at a time, in file order. */
  public static <T> List<List<T>> inChunks(List<T> lines) {
    List<List<T>> chunks = new ArrayList<>();
    for (int start = 0; start < lines.size(); start += CHUNK) {
      chunks.add(lines.subList(start, Math.min(lines.size(), start + CHUNK)));
    }
    return chunks;
  }
}
