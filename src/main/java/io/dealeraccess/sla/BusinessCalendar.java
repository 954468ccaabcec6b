package io.dealeraccess.sla;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.dealeraccess.DealerAccessProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one-business-day SLA. Business days are Monday to Friday except US federal holidays (observed dates, from
 * Jollyday) in the configured zone. A request that reaches review on a business day at wall-clock time T is due at T
 * on the next business day; one that arrives on a weekend or holiday is due at close of business on the next business
 * day. "Now" comes from Camunda's {@link ClockUtil} so process tests can move time.
 */
@Component("slaCalendar")
public class BusinessCalendar {

  private final ZoneId zone;
  private final LocalTime closeOfBusiness;
  private final HolidayManager holidays;

  public BusinessCalendar(DealerAccessProperties properties) {
    DealerAccessProperties.Sla sla = properties.sla();
    this.zone = sla.zone();
    this.closeOfBusiness = sla.closeOfBusiness();
    try {
      this.holidays = HolidayManager.getInstance(ManagerParameters.create(sla.holidays().getURL()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the holiday calendar " + sla.holidays(), e);
    }
  }

  public boolean isBusinessDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  private boolean isHoliday(LocalDate day) {
    if (holidays.isHoliday(day)) {
      return true;
    }
    // Jollyday reckons by year, but a Saturday New Year is observed on December 31 of the year before.
    return day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 31
        && holidays.getHolidays(Year.of(day.getYear() + 1)).stream().anyMatch(holiday -> holiday.getDate().equals(day));
  }

  public LocalDate nextBusinessDayAfter(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isBusinessDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** When a request that arrived at {@code arrival} is due: one business day later. */
  public Instant dueAt(Instant arrival) {
    return plusBusinessDays(arrival, 1);
  }

  /**
   * {@code days} business days after {@code from}, at the same wall-clock time; from a weekend or holiday the count
   * starts at close of business.
   */
  public Instant plusBusinessDays(Instant from, int days) {
    ZonedDateTime local = from.atZone(zone);
    LocalDate day = local.toLocalDate();
    LocalTime time = isBusinessDay(day) ? local.toLocalTime() : closeOfBusiness;
    for (int i = 0; i < days; i++) {
      day = nextBusinessDayAfter(day);
    }
    return ZonedDateTime.of(day, time, zone).toInstant();
  }

  /** The due time for a request arriving now (Camunda's clock). */
  public Date dueFromNow() {
    return businessDaysFromNow(1);
  }

  /** {@code days} business days from now (Camunda's clock). */
  public Date businessDaysFromNow(int days) {
    return Date.from(plusBusinessDays(ClockUtil.getCurrentTime().toInstant(), days));
  }
}
