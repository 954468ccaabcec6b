package io.dealeraccess.review;

import io.dealeraccess.request.DenialCode;

/**
 * A reviewer's decision as submitted by Tasklist's form or the REST API, checked on the server: Tasklist validates
 * only in the browser. {@code approved} may arrive as a Boolean or as the text "true"/"false" (a radio group). A
 * denial needs a reason code or a text (which alone counts as "Other"); "Other" needs the text.
 */
record ReviewDecision(boolean approved, DenialCode denialCode, String denialReason) {

  static final int MAX_REASON_LENGTH = 1000;

  static ReviewDecision parse(Object approved, Object denialCode, Object denialReason) {
    Boolean decision = null;
    if (approved instanceof Boolean value) {
      decision = value;
    } else if (approved instanceof String text && text.strip().equalsIgnoreCase("true")) {
      decision = true;
    } else if (approved instanceof String text && text.strip().equalsIgnoreCase("false")) {
      decision = false;
    }
    if (decision == null) {
      throw new InvalidReviewException("Choose whether to approve or deny the request (approved = true or false).");
    }
    if (decision) {
      return new ReviewDecision(true, null, null);
    }
    String reason = denialReason == null ? "" : denialReason.toString().strip();
    String codeName = denialCode == null ? "" : denialCode.toString().strip();
    DenialCode code = codeName.isEmpty() ? (reason.isEmpty() ? null : DenialCode.OTHER) : DenialCode.of(codeName);
    if (code == null && codeName.isEmpty()) {
      throw new InvalidReviewException("A denial needs a reason: the dealer receives it by email.");
    }
    if (code == null) {
      throw new InvalidReviewException("Unknown denial reason code " + codeName + ".");
    }
    if (code == DenialCode.OTHER && reason.isEmpty()) {
      throw new InvalidReviewException("A denial needs a reason: the dealer receives it by email.");
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidReviewException("The denial reason is too long (at most " + MAX_REASON_LENGTH
          + " characters).");
    }
    return new ReviewDecision(false, code, reason.isEmpty() ? null : reason);
  }
}
