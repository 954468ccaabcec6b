package io.dealeraccess.review;

import io.dealeraccess.request.DenialCode;

/**
 * A reviewer's decision as submitted by Tasklist's form or the REST API, checked on the server: Tasklist validates
 * only in the browser. {@code approved} may arrive as a Boolean or as the text "true"/"false" (a radio group). A
 * denial needs a reason code or a text (which alone counts as "Other"); "Other" needs the text.
 */
record ReviewDecision(boolean approved, DenialCode denialCode, String denialReason) {

  /** At most this many characters (code points, as the form's FEEL {@code string length} counts them). */
  static final int MAX_REASON_LENGTH = 1000;

  /** Any dot a name can be written with: ASCII, full-width, ideographic, half-width ideographic. */
  private static final String DOT = "[.\\uFF0E\\u3002\\uFF61]";

  /**
   * An email address, which a denial may name (the help desk's, or the one the dealer typed): taken out before the
   * link check. Not one followed by a path or more of a name ({@code a@lender.com/login} is a link).
   */
  static final String EMAIL_PATTERN = "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:" + DOT + "[\\p{L}\\p{N}-]+)+"
      + "(?![\\p{L}\\p{N}_/@-]|" + DOT + "[\\p{L}\\p{N}])";

  /**
   * A link or a web address: a scheme, {@code www.}, an IP address, or a dotted name ending in a name of two or
   * more letters, in any script and with any dot ({@code bit.ly/x}, {@code _lender-verify.com}, {@code x.example/help},
   * full-width {@code ｌｅｎｄｅｒ．ｃｏｍ}). Written so that Java and JavaScript (the review forms' FEEL {@code replace},
   * flags {@code u} and {@code i}) read it alike: {@code ReviewFormsOfferEveryDecisionTest} holds the forms to it.
   */
  static final String LINK_PATTERN = "\\b(?:https?|ftp|file):/|\\b(?:mailto|javascript|vbscript|data|tel|sms):(?=\\S)"
      + "|\\bwww" + DOT + "|\\b\\d{1,3}(?:" + DOT + "\\d{1,3}){3}\\b"
      + "|[\\p{L}\\p{N}_-]+(?:" + DOT + "[\\p{L}\\p{N}_-]+)*" + DOT + "\\p{L}[\\p{L}\\p{N}-]*[\\p{L}\\p{N}]"
      + "(?![\\p{L}\\p{N}_@-])";

  /** What an email address is read as by the link check: a word, so {@code mailto:} before it still reads as a link. */
  static final String EMAIL_STANDS_IN = "address";

  /** What the dealer cannot see: white space of any kind, control and format characters (a zero-width space). */
  static final String INVISIBLE = "[\\s\\p{Z}\\p{Cc}\\p{Cf}]";

  /** White space and control characters: one paragraph, each run one space. */
  static final String BREAKS = "[\\s\\p{Z}\\p{Cc}]+";

  private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(LINK_PATTERN,
      java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(EMAIL_PATTERN,
      java.util.regex.Pattern.CASE_INSENSITIVE);

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
    if (denialCode != null && !(denialCode instanceof String) || denialReason != null
        && !(denialReason instanceof String)) {
      throw new InvalidReviewException("The reason for a denial is a text: denialCode one of the form's codes, "
          + "denialReason the explanation for the dealer.");
    }
    // half of an emoji sent over REST: the email would show "?"
    if (denialReason != null && ((String) denialReason).codePoints()
        .anyMatch(point -> Character.getType(point) == Character.SURROGATE)) {
      throw new InvalidReviewException("The denial reason contains a broken character: type it again.");
    }
    // one paragraph as the dealer reads it: no line breaks or tabs to lay out an email of the reviewer's own
    String reason = denialReason == null ? "" : ((String) denialReason).replaceAll(BREAKS, " ").strip();
    // what the checks read: the text without the characters nobody sees, which could hide a link or fake a text,
    // and without the email addresses it may name
    String visible = reason.replaceAll(INVISIBLE, "");
    java.util.regex.Matcher link = LINK.matcher(EMAIL.matcher(reason.replaceAll("\\p{Cf}", ""))
        .replaceAll(EMAIL_STANDS_IN));
    if (link.find()) {
      throw new InvalidReviewException("A denial reason cannot contain a link or a web address (\"" + link.group()
          + "\" reads as one): in an email the dealer could not tell it from phishing. Say what to do in words "
          + "(for example: call the help desk).");
    }
    if (visible.isEmpty()) {
      reason = "";
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
    if (reason.codePointCount(0, reason.length()) > MAX_REASON_LENGTH) {
      throw new InvalidReviewException("The denial reason is too long (at most " + MAX_REASON_LENGTH
          + " characters).");
    }
    return new ReviewDecision(false, code, reason.isEmpty() ? null : reason);
  }
}
