package dev.engram.api.reports;

import static dev.engram.api.reports.Schedules.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.analytics.schedule.ReportRun;
import dev.engram.analytics.schedule.ReportSchedules;
import dev.engram.api.testing.TemporaryDirectories;
import dev.engram.tenancy.org.Organizations;
import dev.engram.testing.OffsetClock;
import dev.engram.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances (two application contexts, each with its own job scheduler) on one PostgreSQL
 * database: every tick of every schedule runs exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportScheduleTwoInstancesIT {
  private static final int SCHEDULES = 8;
  private final TestDatabase database = TestDatabase.postgres();

  @AfterAll
  void dropDatabase() {
    database.drop();
  }

  private ApplicationContext start(Path home, Path reports) {
    Map<String, Object> properties = new HashMap<>(database.properties());
    properties.put("engram.home", home.toString());
    properties.put("micronaut.server.port", -1);
    properties.put("engram.bootstrap.demo", false);
    properties.put("engram.jobs.polling-interval", "100ms");
    properties.put("engram.reports.directory", reports.toString());
    properties.put("test.fake-report-source", true);
    return ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
  }

  @Test
  void everyTickRunsOnceWhenTwoInstancesShareTheDatabase() throws IOException {
    Path reports = TemporaryDirectories.create("engram-schedules-shared-");
    try (ApplicationContext a = start(TemporaryDirectories.create("engram-a-"), reports);
        ApplicationContext b = start(TemporaryDirectories.create("engram-b-"), reports)) {
      ReportSchedules schedules = a.getBean(ReportSchedules.class);
      String orgId = a.getBean(Organizations.class).create(ADMIN, "two-instances").id();
      List<String> ids = new ArrayList<>();
      Instant tick = null;
      for (int i = 0; i < SCHEDULES; i++) {
        var created = schedules.create(ADMIN, orgId, Schedules.draft("daily " + i, "0 6 * * *"));
        ids.add(created.schedule().id());
        tick = created.nextRunAt().orElseThrow();
      }

      OffsetClock clockA = a.getBean(OffsetClock.class);
      Duration jump = Duration.between(clockA.instant(), tick).plusMinutes(1);
      clockA.advance(jump);
      b.getBean(OffsetClock.class).advance(jump);
      Instant now = clockA.instant();

      for (String id : ids) {
        List<ReportRun> runs =
            Schedules.awaitRuns(
                schedules, orgId, id, () -> Schedules.settled(schedules, orgId, id, now));
        assertThat(runs).as("runs of %s", id).hasSize(1);
        assertThat(runs.getFirst().status()).isEqualTo("succeeded");
        assertThat(runs.getFirst().tick()).isEqualTo(tick);
      }
      int renders =
          a.getBean(FakeReportSource.class).renders() + b.getBean(FakeReportSource.class).renders();
      assertThat(renders).isEqualTo(SCHEDULES);
      try (Stream<Path> files = Files.walk(reports)) {
        assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(SCHEDULES);
      }
    }
  }
}
