package io.dealeraccess.request;

/** A submission that passed the form's checks but lost a race (a user ID taken a moment earlier, say). */
public class SubmissionRejectedException extends RuntimeException {

  private final String field;

  public SubmissionRejectedException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
