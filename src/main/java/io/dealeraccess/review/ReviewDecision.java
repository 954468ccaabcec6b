package io.dealeraccess.review;

import io.dealeraccess.request.DenialCode;

/**
 * A reviewer's decision as submitted by Tasklist's form or the REST API, checked on the server: Tasklist validates
 * only in the browser. {@code approved} may arrive as a Boolean or as the text "true"/"false" (a radio group). A
 * denial needs a reason code or a text (which alone counts as "Other"); "Other" needs the text.
 */
record ReviewDecision(boolean approved, DenialCode denialCode, String denialReason) {

  static final int MAX_REASON_LENGTH = 1000;
  private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
      "(?i)\\b(?:https?|ftp|mailto|file|javascript|data):|\\bwww\\.|(?<![@\\w.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\."
          + "(?:com|net|org|info|biz|io|co|us|ru|cn|xyz|top|app|link|click)\\b(?:/|$|\\s|\\?)");

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
    // one paragraph as the dealer reads it: no line breaks or tabs to lay out an email of the reviewer's own
    String reason = denialReason == null ? "" : denialReason.toString().replaceAll("[\\s\\p{Cc}]+", " ").strip();
    if (LINK.matcher(reason).find()) {
      throw new InvalidReviewException("A denial reason cannot contain a link or a web address: in an email the "
          + "dealer could not tell it from phishing. Say what to do in words (for example: call the help desk).");
    }
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
