package io.dealeraccess.review;

/**
 * A reviewer's decision as submitted by Tasklist's form or the REST API, checked on the server: Tasklist validates
 * only in the browser. {@code approved} may arrive as a Boolean or as the text "true"/"false" (a radio group).
 */
record ReviewDecision(boolean approved, String denialReason) {

  static final int MAX_REASON_LENGTH = 1000;

  static ReviewDecision parse(Object approved, Object denialReason) {
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
    String reason = denialReason == null ? "" : denialReason.toString().strip();
    if (!decision && reason.isEmpty()) {
      throw new InvalidReviewException("A denial needs a reason: the dealer receives it by email.");
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidReviewException("The denial reason is too long (at most " + MAX_REASON_LENGTH
          + " characters).");
    }
    return new ReviewDecision(decision, decision ? null : reason);
  }
}
