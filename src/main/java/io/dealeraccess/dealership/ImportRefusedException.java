package io.dealeraccess.dealership;

/** An import that cannot be done as asked; the message says why, in words for an administrator. */
public class ImportRefusedException extends RuntimeException {

  ImportRefusedException(String message) {
    super(message);
  }
}
