package io.dealeraccess.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewDecisionTest {

  @Test
  void approvalNeedsNoReasonAndDropsAnyGiven() {
    assertThat(ReviewDecision.parse(true, "ignored")).isEqualTo(new ReviewDecision(true, null));
  }

  @Test
  void acceptsTheTextValuesOfTasklistsRadioGroup() {
    assertThat(ReviewDecision.parse("true", null).approved()).isTrue();
    assertThat(ReviewDecision.parse(" false ", "Not employed at the dealership").approved()).isFalse();
  }

  @Test
  void denialKeepsTheTrimmedReason() {
    assertThat(ReviewDecision.parse(false, "  Role not eligible  ").denialReason()).isEqualTo("Role not eligible");
  }

  @Test
  void refusesADenialWithoutAReason() {
    assertThatThrownBy(() -> ReviewDecision.parse(false, "   "))
        .isInstanceOf(InvalidReviewException.class)
        .hasMessageContaining("A denial needs a reason");
    assertThatThrownBy(() -> ReviewDecision.parse("false", null)).isInstanceOf(InvalidReviewException.class);
  }

  @Test
  void refusesAMissingOrUnreadableDecision() {
    assertThatThrownBy(() -> ReviewDecision.parse(null, null)).isInstanceOf(InvalidReviewException.class);
    assertThatThrownBy(() -> ReviewDecision.parse("maybe", "x")).isInstanceOf(InvalidReviewException.class);
    assertThatThrownBy(() -> ReviewDecision.parse(1, "x")).isInstanceOf(InvalidReviewException.class);
  }

  @Test
  void refusesAnOverlongReason() {
    assertThatThrownBy(() -> ReviewDecision.parse(false, "x".repeat(1001)))
        .isInstanceOf(InvalidReviewException.class).hasMessageContaining("too long");
  }
}
