package dev.engram.analytics;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A time window of whole UTC days, {@code [from, to)}. Given as {@code days} back from today (today
 * included), or as {@code from}/{@code to} dates or instants.
 */
public record Window(LocalDate from, LocalDate to) {
  public Window {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
  }

  /** Days in the window. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(from, to);
  }

  /** The window of the same length just before this one. */
  public Window previous() {
    return new Window(from.minusDays(days()), from);
  }

  public Instant start() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Instant end() {
    return to.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * The window the query parameters ask for; 30 days when none is given. Refuses windows that end
   * before they start or reach further back than the retention.
   */
  public static Window of(
      @Nullable String from,
      @Nullable String to,
      @Nullable Integer days,
      Clock clock,
      Duration retention) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    long maxDays = Math.max(1, retention.toDays());
    LocalDate end = to == null ? today.plusDays(1) : date(to, "to", true);
    LocalDate start;
    if (from != null) {
      if (days != null) {
        throw AnalyticsException.invalid("days", "give either days or from/to");
      }
      start = date(from, "from", false);
    } else {
      int d = days == null ? 30 : days;
      if (d < 1) {
        throw AnalyticsException.invalid("days", "must be at least 1");
      }
      if (d > maxDays) {
        throw overRetention("days", maxDays);
      }
      start = end.minusDays(d);
    }
    if (!end.isAfter(start)) {
      throw AnalyticsException.invalid("to", "must be after from");
    }
    if (start.isBefore(today.plusDays(1).minusDays(maxDays))) {
      throw overRetention(from != null ? "from" : "days", maxDays);
    }
    return new Window(start, end);
  }

  private static AnalyticsException overRetention(String field, long maxDays) {
    return new AnalyticsException(
        AnalyticsErrorCode.RANGE_OVER_RETENTION,
        field
            + ": the window reaches further back than the retention of "
            + maxDays
            + " days (engram.analytics.retention)",
        field);
  }

  /** A date ({@code 2026-11-30}) or an instant; an instant {@code to} rounds up to the next day. */
  private static LocalDate date(String value, String field, boolean roundUp) {
    LocalDate day;
    boolean midnight;
    try {
      day = LocalDate.parse(value);
      midnight = false;
    } catch (DateTimeParseException notADate) {
      try {
        Instant instant = Instant.parse(value);
        day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        midnight = instant.equals(day.atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeException e) {
        throw AnalyticsException.invalid(
            field, "must be a date (2026-11-30) or an instant (2026-11-30T10:15:00Z)");
      }
    }
    if (day.getYear() < 1 || day.getYear() > 9999) {
      throw AnalyticsException.invalid(field, "must lie in years 1 to 9999");
    }
    return roundUp && !midnight ? day.plusDays(1) : day;
  }
}
