package io.dealeraccess.legacy;

import io.dealeraccess.UploadedFile;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A file of the old portal's user IDs as uploaded: previewed and imported from here, and kept for the audit. */
@Entity
class UserIdImport extends UploadedFile {

  protected UserIdImport() {}

  UserIdImport(String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
    super(fileName, content, "user-ids.csv", uploadedBy, uploadedAt);
  }
}
