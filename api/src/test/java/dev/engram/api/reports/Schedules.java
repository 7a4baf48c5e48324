package dev.engram.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.analytics.schedule.ReportRun;
import dev.engram.analytics.schedule.ReportSchedules;
import dev.engram.analytics.schedule.ScheduleDraft;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Helpers of the scheduler tests that drive application contexts directly. */
final class Schedules {
  static final Actor ADMIN = new Actor("admin", Role.PLATFORM_ADMIN, Optional.empty());

  private Schedules() {}

  /** A daily or hourly schedule of one JSON executive report into a directory. */
  static ScheduleDraft draft(String name, String cron) {
    return new ScheduleDraft(
        name,
        cron,
        "UTC",
        List.of("executive"),
        List.of("json"),
        null,
        null,
        null,
        null,
        List.of(new ScheduleDraft.DestinationDraft("directory", null, null, null, null, null)),
        null);
  }

  /** The schedule's runs once the condition holds, within 60 s. */
  static List<ReportRun> awaitRuns(
      ReportSchedules schedules, String orgId, String scheduleId, BooleanSupplier until) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!until.getAsBoolean()) {
      assertThat(Instant.now())
          .as("runs of %s: %s", scheduleId, schedules.runs(ADMIN, orgId, scheduleId, 50))
          .isBefore(deadline);
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    return schedules.runs(ADMIN, orgId, scheduleId, 50);
  }

  static boolean settled(ReportSchedules schedules, String orgId, String id, Instant now) {
    List<ReportRun> runs = schedules.runs(ADMIN, orgId, id, 50);
    Optional<Instant> next = schedules.get(ADMIN, orgId, id).nextRunAt();
    return !runs.isEmpty()
        && runs.stream().allMatch(ReportRun::finished)
        && next.isPresent()
        && next.get().isAfter(now);
  }
}
