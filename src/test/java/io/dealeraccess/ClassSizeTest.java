package io.dealeraccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No main class grows past 250 lines (issue 18): a class that does is doing more than one thing. */
class ClassSizeTest {

  static final int MAX_LINES = 250;

  static boolean tooLong(String text) {
    return text.lines().count() > MAX_LINES;
  }

  @Test
  void noMainClassIsLongerThan250Lines() {
    List<String> tooLong = MainSources.matching(ClassSizeTest::tooLong, "src/main/java");
    assertThat(tooLong).as("main classes over %d lines: split them by reason to change", MAX_LINES).isEmpty();
  }

  @Test
  void theLimitIsCountedInLines() {
    assertThat(tooLong("x\n".repeat(MAX_LINES))).isFalse();
    assertThat(tooLong("x\n".repeat(MAX_LINES + 1))).isTrue();
  }
}
