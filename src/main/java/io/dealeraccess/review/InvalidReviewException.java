package io.dealeraccess.review;

import org.camunda.bpm.engine.exception.NotValidException;

/** Refuses a review completion; the REST API answers it with 400 and the message, and the task stays open. */
class InvalidReviewException extends NotValidException {

  InvalidReviewException(String message) {
    super(message);
  }
}
