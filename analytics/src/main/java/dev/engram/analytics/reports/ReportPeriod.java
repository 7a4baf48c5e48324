package dev.engram.analytics.reports;

import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.Window;
import io.micronaut.core.annotation.Nullable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * The period of a report: {@code week} (the last complete ISO week, Monday to Sunday, UTC), {@code
 * month} (the last complete calendar month) or {@code custom} ({@code from}/{@code to} dates or
 * {@code days} back from today, today included; 30 days when none is given).
 */
public final class ReportPeriod {
  private ReportPeriod() {}

  public static Window of(
      @Nullable String period,
      @Nullable String from,
      @Nullable String to,
      @Nullable Integer days,
      Clock clock,
      Duration retention) {
    String p = period == null ? "custom" : period;
    if (!p.equals("custom") && (from != null || to != null || days != null)) {
      throw AnalyticsException.invalid(
          "period", "give either period (week, month) or from/to/days (custom)");
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return switch (p) {
      case "custom" -> Window.of(from, to, days, clock, retention);
      case "week" -> {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield Window.of(
            monday.minusWeeks(1).toString(),
            monday.minusDays(1).toString(),
            null,
            clock,
            retention);
      }
      case "month" -> {
        LocalDate first = today.withDayOfMonth(1);
        yield Window.of(
            first.minusMonths(1).toString(), first.minusDays(1).toString(), null, clock, retention);
      }
      default -> throw AnalyticsException.invalid("period", "one of week, month, custom");
    };
  }
}
