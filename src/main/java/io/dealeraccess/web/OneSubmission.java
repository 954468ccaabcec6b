package io.dealeraccess.web;

import java.io.Serializable;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A form that creates a request carries a random key from the moment its page is shown (a hidden field); the same
 * key submitted again finds the request it created (see {@link Confirmations#submitOnce}).
 */
public abstract class OneSubmission implements Serializable {

  // a form may wait in the session between two steps (the reactivation's question); sessions live in the database
  private static final long serialVersionUID = 1L;

  private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private String submissionKey = UUID.randomUUID().toString();

  public String getSubmissionKey() {
    return submissionKey;
  }

  public void setSubmissionKey(String submissionKey) {
    this.submissionKey = submissionKey;
  }

  /** The key if it is one we could have made; anything else counts as no key. */
  String validSubmissionKey() {
    return submissionKey != null && KEY.matcher(submissionKey).matches() ? submissionKey : null;
  }
}
