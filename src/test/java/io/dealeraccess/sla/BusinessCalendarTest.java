package io.dealeraccess.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** The shipped rule: New York, close of business 17:00, the federal holidays file. */
  private final BusinessCalendar calendar = new BusinessCalendar(io.dealeraccess.ShippedProperties.shipped());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "submitted {0} is due {1}")
  @CsvSource({
      // a business day: the same wall-clock time on the next business day
      "2026-11-18T09:30, 2026-11-19T09:30",
      // Friday afternoon: Monday afternoon
      "2026-11-20T15:00, 2026-11-23T15:00",
      // the day before Thanksgiving (Thursday 2026-11-26): the Friday after
      "2026-11-25T10:00, 2026-11-27T10:00",
      // Christmas Eve 2026 is a Thursday and Christmas a Friday: Monday
      "2026-12-24T10:00, 2026-12-28T10:00",
      // late on a business day still counts as that day
      "2026-11-18T23:15, 2026-11-19T23:15",
      // weekend: close of business on the next business day
      "2026-11-21T09:00, 2026-11-23T17:00",
      "2026-11-22T22:00, 2026-11-23T17:00",
      // on Thanksgiving itself: close of business on Friday
      "2026-11-26T11:00, 2026-11-27T17:00",
      // Independence Day 2026 falls on a Saturday and is observed on Friday 2026-07-03
      "2026-07-02T12:00, 2026-07-06T12:00",
      "2026-07-03T12:00, 2026-07-06T17:00",
      // New Year 2028 falls on a Saturday and is observed on Friday 2027-12-31
      "2027-12-30T09:00, 2028-01-03T09:00",
      // Columbus Day (second Monday of October) is a federal holiday
      "2026-10-09T14:00, 2026-10-13T14:00",
      // daylight saving time starts on Sunday 2026-03-08: the wall-clock time is kept
      "2026-03-06T10:00, 2026-03-09T10:00"
  })
  void dueOneBusinessDayLater(LocalDateTime submitted, LocalDateTime expectedDue) {
    Instant due = calendar.dueAt(submitted.atZone(NEW_YORK).toInstant());

    assertThat(due.atZone(NEW_YORK).toLocalDateTime()).isEqualTo(expectedDue);
  }

  @ParameterizedTest(name = "{0} is not a business day")
  @CsvSource({"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19", "2026-07-03", "2026-09-07",
      "2026-10-12", "2026-11-11", "2026-11-26", "2026-12-25", "2026-11-21", "2026-11-22", "2027-12-24",
      "2027-12-31"})
  void weekendsAndFederalHolidaysAreNotBusinessDays(LocalDate day) {
    assertThat(calendar.isBusinessDay(day)).isFalse();
  }

  @ParameterizedTest(name = "{0} is a business day")
  @CsvSource({"2026-11-27", "2026-12-24", "2026-12-28", "2026-07-06", "2026-11-23"})
  void ordinaryWeekdaysAreBusinessDays(LocalDate day) {
    assertThat(calendar.isBusinessDay(day)).isTrue();
  }

  @ParameterizedTest(name = "{0} plus {1} business days is {2}")
  @CsvSource({
      "2026-11-18T09:30, 2, 2026-11-20T09:30",
      // Thanksgiving and a weekend in between
      "2026-11-25T10:00, 2, 2026-11-30T10:00",
      "2026-11-20T15:00, 10, 2026-12-07T15:00",
      // from a Saturday: counted from close of business
      "2026-11-21T09:00, 2, 2026-11-24T17:00"
  })
  void countsSeveralBusinessDays(LocalDateTime from, int days, LocalDateTime expected) {
    Instant result = calendar.plusBusinessDays(from.atZone(NEW_YORK).toInstant(), days);

    assertThat(result.atZone(NEW_YORK).toLocalDateTime()).isEqualTo(expected);
  }

  @Test
  void dueFromNowReadsCamundasClock() {
    Instant friday = LocalDateTime.parse("2026-11-20T15:00").atZone(NEW_YORK).toInstant();
    ClockUtil.setCurrentTime(Date.from(friday));

    Date due = calendar.dueFromNow();

    assertThat(due.toInstant().atZone(NEW_YORK).toLocalDateTime())
        .isEqualTo(LocalDateTime.parse("2026-11-23T15:00"));
  }
}
