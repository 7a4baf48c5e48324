package dev.engram.analytics.schedule;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.CronStyle;
import dev.engram.analytics.AnalyticsException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * Cron expressions of schedules: five fields (minute hour day-of-month month day-of-week, as in
 * crontab), parsed by db-scheduler's cron support (cron-utils), in an IANA time zone.
 */
final class Cron {
  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
  private static final int MAX_STEPS = 100_000;

  private final CronSchedule schedule;

  private Cron(CronSchedule schedule) {
    this.schedule = schedule;
  }

  /** The time zone, else 400 naming {@code time_zone}. */
  static ZoneId zone(String timeZone) {
    if (!ZONES.contains(timeZone)) {
      throw AnalyticsException.invalid(
          "time_zone", "must be an IANA time zone such as Europe/Paris or UTC, not " + timeZone);
    }
    return ZoneId.of(timeZone);
  }

  /** The expression in the zone, else 400 naming {@code cron} (or {@code time_zone}). */
  static Cron of(String cron, String timeZone) {
    ZoneId zone = zone(timeZone);
    if (cron.length() > 200) {
      throw AnalyticsException.invalid("cron", "must be at most 200 characters");
    }
    CronSchedule schedule;
    try {
      schedule = new CronSchedule(cron.strip(), zone, CronStyle.UNIX);
    } catch (RuntimeException e) {
      throw AnalyticsException.invalid(
          "cron",
          "must be a cron expression of five fields (minute hour day-of-month month"
              + " day-of-week, e.g. \"0 7 * * MON\"): "
              + e.getMessage());
    }
    if (schedule.isDisabled()) {
      throw AnalyticsException.invalid("cron", "must not be the disabled expression \"-\"");
    }
    return new Cron(schedule);
  }

  /** The first tick strictly after the instant. */
  Instant next(Instant after) {
    return schedule.getNextExecutionTime(ExecutionComplete.simulatedSuccess(after));
  }

  /**
   * The latest tick at or before {@code now}, starting from a tick that was due: after downtime,
   * the ticks missed in between collapse into this one.
   */
  Instant latestDue(Instant due, Instant now) {
    Instant latest = due;
    for (int i = 0; i < MAX_STEPS; i++) {
      Instant next = next(latest);
      if (next.isAfter(now)) {
        return latest;
      }
      latest = next;
    }
    return latest;
  }
}
