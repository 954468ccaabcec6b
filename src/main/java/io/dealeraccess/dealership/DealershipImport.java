package io.dealeraccess.dealership;

import io.dealeraccess.UploadedFile;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A dealer master file as uploaded: previewed and imported from here, and kept for the audit. */
@Entity
class DealershipImport extends UploadedFile {

  protected DealershipImport() {}

  DealershipImport(String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
    super(fileName, content, "dealers.csv", uploadedBy, uploadedAt);
  }
}
