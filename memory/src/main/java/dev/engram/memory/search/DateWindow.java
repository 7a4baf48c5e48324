package dev.engram.memory.search;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;

/**
 * Days a query names (UTC, both ends included), see {@link QueryDates}.
 *
 * @param from first day
 * @param to last day
 * @param anyYear the query named no year: the same days of any year match ({@code from} and {@code
 *     to} then carry a placeholder year)
 */
record DateWindow(LocalDate from, LocalDate to, boolean anyYear) {
  DateWindow {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("window ends before it starts: " + from + " " + to);
    }
  }

  static DateWindow days(LocalDate from, LocalDate to, boolean anyYear) {
    return new DateWindow(from, to, anyYear);
  }

  DateWindow shifted(long fromDays, long toDays) {
    return new DateWindow(from.plusDays(fromDays), to.plusDays(toDays), anyYear);
  }

  DateWindow withAnyYear(boolean value) {
    return new DateWindow(from, to, value);
  }

  /**
   * Whether {@code at} falls in the window widened by {@code slackDays} on either side (message
   * times and the days they speak of are rarely in the same time zone).
   */
  boolean contains(Instant at, int slackDays) {
    LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate start = from.minusDays(slackDays);
    LocalDate end = to.plusDays(slackDays);
    if (!anyYear) {
      return !day.isBefore(start) && !day.isAfter(end);
    }
    // the same days of the memory's year, the year before and after (windows across new year)
    for (int shift = -1; shift <= 1; shift++) {
      int year = day.getYear() + shift;
      LocalDate s = MonthDay.from(start).atYear(year + (start.getYear() - from.getYear()));
      LocalDate e = MonthDay.from(end).atYear(year + (end.getYear() - from.getYear()));
      if (!day.isBefore(s) && !day.isAfter(e)) {
        return true;
      }
    }
    return false;
  }
}
