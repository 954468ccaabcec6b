package io.dealeraccess.review;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses a review completion; the task stays open. A form validation failure to the engine, so its REST API (ours
 * and Tasklist's, {@code complete} and {@code submit-form} alike) answers 400 with the message, not 500.
 */
class InvalidReviewException extends FormFieldValidationException {

  InvalidReviewException(String message) {
    super("review", message);
  }
}
