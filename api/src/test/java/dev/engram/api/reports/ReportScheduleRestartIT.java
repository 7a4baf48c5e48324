package dev.engram.api.reports;

import static dev.engram.api.reports.Schedules.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.analytics.schedule.ReportRun;
import dev.engram.analytics.schedule.ReportSchedules;
import dev.engram.api.testing.TemporaryDirectories;
import dev.engram.tenancy.org.Organizations;
import dev.engram.testing.OffsetClock;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A schedule whose ticks fell while no instance was running runs once at the next start (for the
 * latest tick missed), not once per missed tick.
 */
class ReportScheduleRestartIT {
  private static ApplicationContext start(Path home) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("engram.home", home.toString());
    properties.put("micronaut.server.port", -1);
    properties.put("engram.bootstrap.demo", false);
    properties.put("engram.jobs.polling-interval", "100ms");
    properties.put("test.fake-report-source", true);
    return ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
  }

  @Test
  void ticksMissedDuringThreeDaysOfDowntimeRunOnceAfterTheRestart() throws IOException {
    Path home = TemporaryDirectories.create("engram-schedules-restart-");
    String orgId;
    String id;
    Instant firstTick;
    try (ApplicationContext first = start(home)) {
      orgId = first.getBean(Organizations.class).create(ADMIN, "restart").id();
      var created =
          first
              .getBean(ReportSchedules.class)
              .create(ADMIN, orgId, Schedules.draft("hourly", "0 * * * *"));
      id = created.schedule().id();
      firstTick = created.nextRunAt().orElseThrow();
      assertThat(firstTick)
          .isEqualTo(Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)));
    }

    try (ApplicationContext second = start(home)) {
      OffsetClock clock = second.getBean(OffsetClock.class);
      ReportSchedules schedules = second.getBean(ReportSchedules.class);
      assertThat(schedules.runs(ADMIN, orgId, id, 50)).isEmpty();

      clock.advance(Duration.ofDays(3));
      Instant now = clock.instant();
      List<ReportRun> runs =
          Schedules.awaitRuns(
              schedules, orgId, id, () -> Schedules.settled(schedules, orgId, id, now));

      assertThat(runs).hasSize(1);
      ReportRun run = runs.getFirst();
      assertThat(run.trigger()).isEqualTo("schedule");
      assertThat(run.status()).isEqualTo("succeeded");
      // the latest tick missed, not the first one (72 were missed)
      assertThat(run.tick()).isEqualTo(now.truncatedTo(ChronoUnit.HOURS));
      assertThat(run.tick()).isAfter(firstTick.plus(Duration.ofDays(2)));
      assertThat(schedules.get(ADMIN, orgId, id).nextRunAt())
          .contains(now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)));
      assertThat(second.getBean(FakeReportSource.class).renders()).isEqualTo(1);
      Path dir = home.resolve("reports").resolve(orgId).resolve(id);
      try (var runDirs = Files.list(dir)) {
        assertThat(runDirs.toList()).hasSize(1);
      }
    }
  }
}
