package io.dealeraccess.dealership;

import io.dealeraccess.UploadedFile;

/** An import that cannot be done as asked; the message says why, in words for an administrator. */
public class ImportRefusedException extends UploadedFile.UploadRefusedException {

  private static final long serialVersionUID = 1L;

  ImportRefusedException(String message) {
    super(message);
  }
}
