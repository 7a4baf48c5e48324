package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.micronaut.context.BeanProvider;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable jobs of scheduled exports, as db-scheduler tasks in the shared {@code
 * scheduled_tasks} table (the application's one scheduler runs them, see {@link #tasks()}):
 *
 * <ul>
 *   <li>{@code report-tick}: one execution per enabled schedule, due at its next cron tick. Only
 *       one instance picks an execution (db-scheduler locks it), so a tick runs once however many
 *       instances there are. It records a run and queues it, then moves itself to the first tick
 *       after <em>now</em>: ticks missed while no instance was up collapse into one run.
 *   <li>{@code report-run}: one execution per run (instance id = run id); a failed attempt is
 *       retried with exponential backoff up to {@code engram.reports.max-attempts}; a run whose
 *       instance died is picked up again.
 * </ul>
 */
@Singleton
public final class ReportJobs {
  public static final String TICK = "report-tick";
  public static final String RUN = "report-run";
  private static final Duration TICK_RETRY = Duration.ofMinutes(1);

  private final CustomTask<String> tick;
  private final OneTimeTask<String> run;
  private final SchedulerClient client;
  private final Clock clock;

  ReportJobs(
      DataSource dataSource,
      ReportsConfiguration config,
      BeanProvider<ReportRunner> runner,
      Clock clock) {
    this.clock = requireNonNull(clock, "clock is null");
    this.run =
        Tasks.oneTime(RUN, String.class)
            .onFailure(
                new FailureHandler.MaxRetriesFailureHandler<>(
                    config.maxAttempts() - 1,
                    new FailureHandler.ExponentialBackoffFailureHandler<>(
                        config.retryBackoff(), 2.0),
                    (complete, operations) ->
                        runner
                            .get()
                            .giveUp(
                                (String) complete.getExecution().taskInstance.getData(),
                                complete.getCause().orElse(null))))
            .execute(
                (instance, context) -> {
                  try {
                    runner.get().attempt(instance.getData());
                  } catch (RuntimeException e) {
                    throw e;
                  } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                  }
                });
    this.tick =
        Tasks.custom(TICK, String.class)
            .onFailure(
                (complete, operations) ->
                    operations.reschedule(complete, clock.instant().plus(TICK_RETRY)))
            .execute(
                (instance, context) -> {
                  Instant due = context.getExecution().executionTime;
                  Optional<ReportRunner.Tick> ticked = runner.get().tick(instance.getData(), due);
                  if (ticked.isEmpty()) {
                    return (CompletionHandler<String>) (complete, ops) -> ops.remove();
                  }
                  ticked.get().runId().ifPresent(this::queueRun);
                  Instant next = ticked.get().next();
                  return (CompletionHandler<String>)
                      (complete, ops) -> ops.reschedule(complete, next);
                });
    this.client =
        SchedulerClient.Builder.create(
                DelegatingDataSource.unwrapDataSource(dataSource), List.of(tick, run))
            .serializer(new TextSerializer())
            .build();
  }

  /** The tasks, for the application's scheduler. */
  public List<Task<?>> tasks() {
    return List.of(tick, run);
  }

  /** Puts the schedule's tick at the given time (creating it when absent). */
  void scheduleTick(String scheduleId, Instant at) {
    TaskInstanceId id = TaskInstanceId.of(TICK, scheduleId);
    if (client.getScheduledExecution(id).isPresent()) {
      client.reschedule(id, at);
    } else {
      client.scheduleIfNotExists(tick.instance(scheduleId, scheduleId), at);
    }
  }

  /** Removes the schedule's tick (a tick being executed removes itself when it finds none). */
  void cancelTick(String scheduleId) {
    TaskInstanceId id = TaskInstanceId.of(TICK, scheduleId);
    Optional<ScheduledExecution<Object>> existing = client.getScheduledExecution(id);
    if (existing.isPresent() && !existing.get().isPicked()) {
      client.cancel(id);
    }
  }

  /** When the schedule's next tick is due, if it has one. */
  Optional<Instant> nextTick(String scheduleId) {
    return client
        .getScheduledExecution(TaskInstanceId.of(TICK, scheduleId))
        .map(ScheduledExecution::getExecutionTime);
  }

  /** Queues a run to start now (nothing when it is queued already). */
  void queueRun(String runId) {
    client.scheduleIfNotExists(run.instance(runId, runId), clock.instant());
  }

  /** Job data is an id, stored as UTF-8 text (the format of the application's scheduler). */
  private static final class TextSerializer implements Serializer {
    @Override
    public byte[] serialize(Object data) {
      return data == null ? null : data.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T deserialize(Class<T> clazz, byte[] serializedData) {
      return serializedData == null
          ? null
          : clazz.cast(new String(serializedData, StandardCharsets.UTF_8));
    }
  }
}
