package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.Window;
import java.time.LocalDate;

/**
 * What a run covers, in whole days ending before the day of its tick (that day taken in the
 * schedule's time zone): {@code week} the 7 days before, {@code month} the month before (a run on 1
 * December covers November), {@code days} the given number of days before.
 */
public record SchedulePeriod(String kind, int days) {
  public static final int MAX_DAYS = 366;

  public SchedulePeriod {
    requireNonNull(kind, "kind is null");
  }

  /** The window of a run whose tick falls on the given day. */
  public Window window(LocalDate tickDay) {
    LocalDate to = tickDay;
    LocalDate from =
        switch (kind) {
          case "week" -> to.minusDays(7);
          case "month" -> to.minusMonths(1);
          default -> to.minusDays(days);
        };
    return new Window(from, to);
  }
}
