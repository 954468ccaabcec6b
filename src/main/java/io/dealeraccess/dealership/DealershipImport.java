package io.dealeraccess.dealership;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A dealer master file as uploaded: previewed and imported from here, and kept for the audit. */
@Entity
class DealershipImport {

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

  protected DealershipImport() {}

  DealershipImport(String fileName, String content, String sha256, String uploadedBy, Instant uploadedAt) {
    this.fileName = fileName;
    this.content = content;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  Long getId() {
    return id;
  }

  String getFileName() {
    return fileName;
  }

  String getContent() {
    return content;
  }

  String getSha256() {
    return sha256;
  }

  String getUploadedBy() {
    return uploadedBy;
  }

  Instant getUploadedAt() {
    return uploadedAt;
  }

  String getAppliedBy() {
    return appliedBy;
  }

  Instant getAppliedAt() {
    return appliedAt;
  }

  void applied(String by, Instant at) {
    this.appliedBy = by;
    this.appliedAt = at;
  }
}
