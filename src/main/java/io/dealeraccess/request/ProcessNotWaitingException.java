package io.dealeraccess.request;

/** A request's process does not wait for this message: not yet (its previous step has not committed), or no more. */
public class ProcessNotWaitingException extends RuntimeException {

  ProcessNotWaitingException(String message, String reference, Throwable cause) {
    super("The process of request " + reference + " does not wait for " + message + " now", cause);
  }
}
