package io.dealeraccess.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealeraccess.request.DenialCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewDecisionTest {

  @Test
  void approvalNeedsNoReasonAndDropsAnyGiven() {
    assertThat(ReviewDecision.parse(true, "NOT_EMPLOYED", "ignored")).isEqualTo(new ReviewDecision(true, null, null));
  }

  @Test
  void acceptsTheTextValuesOfTasklistsRadioGroup() {
    assertThat(ReviewDecision.parse("true", null, null).approved()).isTrue();
    assertThat(ReviewDecision.parse(" false ", "NOT_EMPLOYED", null).approved()).isFalse();
  }

  @Test
  void aCodedDenialMayAddText() {
    assertThat(ReviewDecision.parse(false, "ROLE_NOT_ELIGIBLE", "  Salespeople do not use SmartCash  "))
        .isEqualTo(new ReviewDecision(false, DenialCode.ROLE_NOT_ELIGIBLE, "Salespeople do not use SmartCash"));
    assertThat(ReviewDecision.parse(false, "IDENTITY_NOT_CONFIRMED", " "))
        .isEqualTo(new ReviewDecision(false, DenialCode.IDENTITY_NOT_CONFIRMED, null));
  }

  @Test
  void aTextAloneCountsAsOther() {
    assertThat(ReviewDecision.parse(false, null, "Wrong dealership")).isEqualTo(
        new ReviewDecision(false, DenialCode.OTHER, "Wrong dealership"));
  }

  @Test
  void refusesADenialWithoutAReason() {
    assertThatThrownBy(() -> ReviewDecision.parse(false, null, "   "))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("A denial needs a reason");
    assertThatThrownBy(() -> ReviewDecision.parse("false", "OTHER", null))
        .as("Other needs its text").isInstanceOf(InvalidReviewException.class);
    assertThatThrownBy(() -> ReviewDecision.parse(false, "BECAUSE", "x"))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("Unknown denial reason code");
  }

  @Test
  void refusesAMissingOrUnreadableDecision() {
    assertThatThrownBy(() -> ReviewDecision.parse(null, null, null)).isInstanceOf(InvalidReviewException.class);
    assertThatThrownBy(() -> ReviewDecision.parse("maybe", null, "x")).isInstanceOf(InvalidReviewException.class);
    assertThatThrownBy(() -> ReviewDecision.parse(1, null, "x")).isInstanceOf(InvalidReviewException.class);
  }

  @Test
  void refusesAnOverlongReason() {
    assertThatThrownBy(() -> ReviewDecision.parse(false, null, "x".repeat(1001)))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("too long");
  }

  @Test
  void theDealerReadsTheLabelAndTheText() {
    assertThat(DenialCode.display(DenialCode.NOT_EMPLOYED, null)).isEqualTo("Not employed at the dealership");
    assertThat(DenialCode.display(DenialCode.DUPLICATE_ID, "You have jsmith01")).isEqualTo(
        "Duplicate user ID — You have jsmith01");
    assertThat(DenialCode.display(DenialCode.OTHER, "Wrong dealership")).isEqualTo("Wrong dealership");
  }

  @Test
  void aDenialReasonIsOneParagraphWithoutLineBreaks() {
    ReviewDecision decision = ReviewDecision.parse(false, "OTHER", "Line one\r\n\r\n--\tForged footer\u0007");

    assertThat(decision.denialReason()).isEqualTo("Line one -- Forged footer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Verify at https://evil.example/login", "see www.lender-help.example", "HTTP://x.y",
      "go to lender-verify.com/now", "mailto:help@x.example", "javascript:alert(1)",
      // found by the outside tester: names outside a list of top-level domains
      "see bit.ly/3xYz", "help at x.example/help", "lender.support then sign in",
      // a zero-width space inside the name hides it from the eye, not from the check
      "bit\u200B.ly/3xYz",
      // found by the outside tester on the second pattern: a leading dot, underscore or @, a space after www,
      // full-width and ideographic dots, IP addresses, an address with a path
      "log in at .lender-verify.com", "_lender-verify.com", "@lender-verify.com/login", "www .lender.com",
      "\uFF4C\uFF45\uFF4E\uFF44\uFF45\uFF52\uFF0E\uFF43\uFF4F\uFF4D", "lender\u3002com", "go to 203.0.113.5/reset",
      "j.doe@gmail.com.evil/login", "\u017F.com"})
  void aDenialReasonWithALinkIsRefused(String reason) {
    assertThatThrownBy(() -> ReviewDecision.parse(false, "OTHER", reason)).isInstanceOf(InvalidReviewException.class)
        .hasMessageContaining("cannot contain a link");
  }

  @Test
  void aDenialReasonMayMentionEmailAddressesAndNumbers() {
    assertThat(ReviewDecision.parse(false, "OTHER", "Use the address on file, not j.doe@gmail.com as typed. Call 1-800-555-0100.")
        .denialReason()).contains("1-800-555-0100");
  }

  /** Found by the outside tester: "Other" with only a zero-width space was accepted, an empty email reason. */
  @ParameterizedTest
  @ValueSource(strings = {"\u200B", " \u00A0 ", "\u2003\u200D\uFEFF", "\u0007"})
  void anOtherReasonMadeOfInvisibleCharactersIsNoReason(String invisible) {
    assertThatThrownBy(() -> ReviewDecision.parse(false, "OTHER", invisible))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("A denial needs a reason");
    assertThat(ReviewDecision.parse(false, "NOT_EMPLOYED", invisible).denialReason()).isNull();
  }

  /** Found by the outside tester: the form counts characters, the server counted UTF-16 units (600 emoji refused). */
  @Test
  void theLimitCountsCharactersAsTheFormDoes() {
    String emoji = "\uD83D\uDE97"; // one character, two UTF-16 units

    assertThat(ReviewDecision.parse(false, "OTHER", emoji.repeat(1000)).denialReason()).hasSize(2000);
    assertThatThrownBy(() -> ReviewDecision.parse(false, "OTHER", emoji.repeat(1001)))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("too long");
  }

  @Test
  void aReasonOrCodeThatIsNoTextIsRefused() {
    assertThatThrownBy(() -> ReviewDecision.parse(false, "OTHER", new byte[] {65}))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("is a text");
    assertThatThrownBy(() -> ReviewDecision.parse(false, 7L, "x"))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("is a text");
  }

  @Test
  void theRefusalNamesWhatReadsAsALink() {
    assertThatThrownBy(() -> ReviewDecision.parse(false, "OTHER", "Re-submit via bit.ly/3xYz today"))
        .hasMessageContaining("\"bit.ly\" reads as one");
  }

  @Test
  void ordinaryProseIsNoLink() {
    for (String prose : List.of("Missing data: the PDN is not on file.", "e.g. the U.S.A. branch", "Form 2.0 is old.",
        "Use j.doe@gmail.com as typed.", "The file: a copy of the ID", "Write to helpdesk@lender.example.",
        "Call 1-800-555-0100.")) {
      assertThat(ReviewDecision.parse(false, "OTHER", prose).denialReason()).isEqualTo(prose);
    }
  }

  /** Found by the outside tester: the form counted what the server collapses and trims; both now count alike. */
  @Test
  void theLimitCountsTheParagraphTheDealerReads() {
    assertThat(ReviewDecision.parse(false, "OTHER", "  " + "x".repeat(1000) + "\n\n ").denialReason()).hasSize(1000);
  }

  /** Found by the outside tester: half an emoji over REST reached the email as "?". */
  @Test
  void aBrokenCharacterIsRefused() {
    assertThatThrownBy(() -> ReviewDecision.parse(false, "OTHER", "Wrong \uD83D dealership"))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("broken character");
  }
}
