package io.dealeraccess.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dealeraccess.request.DenialCode;
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
      "go to lender-verify.com/now", "mailto:help@x.example", "javascript:alert(1)"})
  void aDenialReasonWithALinkIsRefused(String reason) {
    assertThatThrownBy(() -> ReviewDecision.parse(false, "OTHER", reason)).isInstanceOf(InvalidReviewException.class)
        .hasMessageContaining("cannot contain a link");
  }

  @Test
  void aDenialReasonMayMentionEmailAddressesAndNumbers() {
    assertThat(ReviewDecision.parse(false, "OTHER", "Use the address on file, not j.doe@gmail.com as typed. Call 1-800-555-0100.")
        .denialReason()).contains("1-800-555-0100");
  }
}
