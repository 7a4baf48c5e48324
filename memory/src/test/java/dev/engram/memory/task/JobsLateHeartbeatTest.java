package dev.engram.memory.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.testing.MigratedH2;
import dev.engram.testing.OffsetClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A job whose heartbeats fall behind while it runs (a starved machine) is not taken for the job of
 * a crashed instance and run a second time at once: the clock here runs an hour ahead every 50 ms,
 * so every check for dead executions finds the running job's heartbeat an hour old.
 */
class JobsLateHeartbeatTest {
  private static final JobsConfiguration CONFIG =
      new JobsConfiguration(
          true, 4, Duration.ofMillis(50), Duration.ofMillis(100), 4, 1, Duration.ofSeconds(1));

  private final OffsetClock clock = new OffsetClock();
  private HikariDataSource dataSource;
  private Transactions transactions;

  @BeforeEach
  void database() {
    String url =
        "jdbc:h2:mem:jobs-"
            + MemoryIds.task()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    dataSource = MigratedH2.open(url, 8);
    transactions = new Transactions(dataSource);
  }

  @AfterEach
  void close() {
    dataSource.close();
  }

  @Test
  void aJobWhoseHeartbeatIsLateRunsOnceAndCompletes() throws Exception {
    Blocking job = new Blocking();
    Jobs jobs = jobs(List.of(job), List.of());
    jobs.start();
    try {
      jobs.schedule(job.name(), "task-1");
      jobs.wake();
      assertThat(job.started.await(10, TimeUnit.SECONDS)).isTrue();

      starveHeartbeats();

      assertThat(job.runs.get()).as("runs of the job").isEqualTo(1);
      assertThat(job.mostAtOnce.get()).as("runs at once").isEqualTo(1);
      job.release.countDown();
    } finally {
      // stopping waits for the running job and its completion
      jobs.stop();
    }
    assertThat(job.runs.get()).isEqualTo(1);
    assertThat(executions(job.name())).as("executions left of a completed job").isZero();
  }

  @Test
  void aRecurringJobWhoseHeartbeatIsLateIsNotRunTwiceAtOnce() throws Exception {
    BlockingRecurring job = new BlockingRecurring();
    Jobs jobs = jobs(List.of(), List.of(job));
    jobs.start();
    try {
      assertThat(job.started.await(10, TimeUnit.SECONDS)).isTrue();

      starveHeartbeats();

      assertThat(job.mostAtOnce.get()).as("runs at once").isEqualTo(1);
      assertThat(job.runs.get()).as("runs while the first one lasted").isEqualTo(1);
      job.release.countDown();
    } finally {
      jobs.stop();
    }
  }

  @Test
  void anotherModulesTaskWhoseHeartbeatIsLateRunsOnceAndCompletes() throws Exception {
    Runs runs = new Runs();
    OneTimeTask<String> task =
        Tasks.oneTime("contributed", String.class).execute((instance, context) -> runs.run());
    Jobs jobs =
        new Jobs(
            transactions,
            CONFIG,
            List.of(),
            List.of(),
            List.of(task),
            List.of(),
            new JobOrigins(transactions, List.of(), clock),
            clock);
    jobs.start();
    try {
      SchedulerClient.Builder.create(dataSource, List.of(task))
          .build()
          .scheduleIfNotExists(task.instance("run-1", "run-1"), clock.instant());
      jobs.wake();
      assertThat(runs.started.await(10, TimeUnit.SECONDS)).isTrue();

      starveHeartbeats();

      assertThat(runs.runs.get()).as("runs of the task").isEqualTo(1);
      assertThat(runs.mostAtOnce.get()).as("runs at once").isEqualTo(1);
      runs.release.countDown();
    } finally {
      jobs.stop();
    }
    assertThat(executions("contributed")).as("executions left of a completed task").isZero();
  }

  @Test
  void anExecutionIsRunningHereBetweenEnterAndLeave() {
    RunningHere running = new RunningHere();
    var execution = com.github.kagkarlsson.scheduler.task.TaskInstanceId.of("conversation", "t1");

    assertThat(running.enter(execution)).isTrue();
    assertThat(running.contains(execution)).isTrue();
    assertThat(running.enter(execution)).as("a second run of the same execution").isFalse();
    assertThat(
            running.contains(
                com.github.kagkarlsson.scheduler.task.TaskInstanceId.of("conversation", "t2")))
        .isFalse();
    running.leave(execution);
    assertThat(running.contains(execution)).isFalse();
    assertThat(running.enter(execution)).isTrue();
  }

  /**
   * For 3 s, the clock jumps an hour ahead every 50 ms: whenever the scheduler looks for dead
   * executions (every 200 ms) the running job's last heartbeat is at least an hour old.
   */
  private void starveHeartbeats() throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      clock.advance(Duration.ofHours(1));
      Thread.sleep(50);
    }
  }

  private Jobs jobs(List<Job> oneTime, List<RecurringJob> recurring) {
    return new Jobs(
        transactions,
        CONFIG,
        oneTime,
        recurring,
        List.of(),
        List.of(),
        new JobOrigins(transactions, List.of(), clock),
        clock);
  }

  private int executions(String taskName) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("select count(*) from scheduled_tasks where task_name = ?")) {
      select.setString(1, taskName);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Counts its runs and how many ran at once; the first one waits to be released. */
  private static class Runs {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger runs = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger atOnce = new AtomicInteger();

    public void run() {
      runs.incrementAndGet();
      mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
      started.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        atOnce.decrementAndGet();
      }
    }
  }

  private static final class Blocking extends Runs implements Job {
    @Override
    public String name() {
      return "slow";
    }

    @Override
    public Optional<Instant> run(String data) {
      run();
      return Optional.empty();
    }

    @Override
    public void failed(String data, Throwable cause) {}
  }

  private static final class BlockingRecurring extends Runs implements RecurringJob {
    @Override
    public String name() {
      return "slow-recurring";
    }

    @Override
    public Duration every() {
      return Duration.ofHours(1);
    }
  }
}
