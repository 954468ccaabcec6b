package io.dealeraccess.dealership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the dealer master file, line by line, without a database or a Spring context. */
class MasterFileTest {

  @Test
  void aFileWithMoreColumnsThanItReadsIsReadLineByLine() {
    MasterFile.Parsed parsed = MasterFile.parse("\uFEFFpdn,name,active,address,phone,region\n"
        + "12345,Lakeside Auto Group,true,\"1 Lake Rd, Lakeside, OH\",555-010-2000,north\n"
        + "\n"
        + "23456, Hilltop Motors ,FALSE,,,south\n");

    assertThat(parsed.fileProblems()).isEmpty();
    assertThat(parsed.lines()).extracting(MasterFile.Line::record).containsExactly(
        new DealershipRecord("12345", "Lakeside Auto Group", true, "1 Lake Rd, Lakeside, OH", "555-010-2000"),
        new DealershipRecord("23456", "Hilltop Motors", false, "", ""));
    assertThat(parsed.lines()).extracting(MasterFile.Line::number).containsExactly(2L, 4L);
    assertThat(parsed.isClean()).isTrue();
    assertThat(MasterFile.parse("pdn,name,active\n12345,Lakeside Auto Group,true\n").lines().get(0).record())
        .as("columns the file does not have are not stated: the dealership keeps its address and phone")
        .isEqualTo(new DealershipRecord("12345", "Lakeside Auto Group", true, null, null));
  }

  @Test
  void headerNamesAreReadWhateverTheirCaseAndSpaces() {
    MasterFile.Parsed parsed = MasterFile.parse("PDN , Name , Active\n12345,Case Motors,inactive\n");

    assertThat(parsed.fileProblems()).isEmpty();
    assertThat(parsed.lines().get(0).record()).isEqualTo(new DealershipRecord("12345", "Case Motors", false, null,
        null));
  }

  @Test
  void aLineWithTooFewColumnsIsAProblemOfThatLine() {
    MasterFile.Parsed parsed = MasterFile.parse("pdn,name,active\n12345,Short Motors\n");

    assertThat(parsed.lines().get(0).problems()).containsExactly("Active is empty: write true or false.");
    assertThat(parsed.isClean()).isFalse();
  }

  @Test
  void controlCharactersAndOverlongValuesAreProblems() {
    MasterFile.Parsed parsed = MasterFile.parse("pdn,name,active,phone\n12345,\"Two\nLines\",true,"
        + "5".repeat(41) + "\n");

    assertThat(parsed.lines().get(0).problems()).containsExactly(
        "The name has a line break or another control character.", "The phone is longer than 40 characters.");
  }
}
