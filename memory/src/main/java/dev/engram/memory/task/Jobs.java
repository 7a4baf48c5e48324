package dev.engram.memory.task;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.engram.memory.store.jdbc.Transactions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable job runner: db-scheduler on the relational database ({@code scheduled_tasks}, {@code
 * V2_1}). Started with the application and stopped gracefully with it. Every instance polls the
 * same table, so several instances share the work, and a job whose instance died (no heartbeat) is
 * picked up again. Failed attempts are retried with exponential backoff up to the configured number
 * of attempts. A job that must wait before its next step (a callback to retry later) returns the
 * time of its next run: the execution stays in the table with that time, so the wait costs no
 * thread and survives a restart.
 *
 * <p>Other modules contribute db-scheduler tasks of their own as beans of type {@link Task} (e.g.
 * the analytics module's scheduled report exports): one scheduler runs every task of the
 * application on the shared table, so no scheduler sees another's executions as unknown
 * (db-scheduler deletes executions of tasks it cannot resolve after a while). The scheduler runs on
 * the application's clock, so due times follow the clock tests move. Beans of type {@link
 * ExecutionInterceptor} wrap every run (the api module's tracing starts a span per run with it). An
 * execution whose heartbeat is late while it still runs here, of any task, is neither revived nor
 * run a second time at once on this instance ({@link RunningHere}).
 */
@Singleton
@Requires(beans = {DataSource.class, Clock.class})
public class Jobs {
  private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

  private final Transactions transactions;
  private final JobsConfiguration config;
  private final Map<String, CustomTask<String>> oneTime = new HashMap<>();
  private final Scheduler scheduler;
  private final JobOrigins origins;
  private final Clock clock;
  private final RunningHere running = new RunningHere();
  private volatile boolean started;

  public Jobs(
      Transactions transactions,
      JobsConfiguration config,
      List<Job> jobs,
      List<RecurringJob> recurring,
      List<Task<?>> contributed,
      List<ExecutionInterceptor> interceptors,
      JobOrigins origins,
      Clock clock) {
    this.transactions = transactions;
    this.origins = origins;
    this.config = config;
    this.clock = clock;
    List<Task<?>> known = new ArrayList<>();
    for (Job job : jobs) {
      CustomTask<String> task =
          Tasks.custom(job.name(), String.class)
              .onFailure(
                  new FailureHandler.MaxRetriesFailureHandler<>(
                      Math.max(0, config.maxAttempts() - 1),
                      new FailureHandler.ExponentialBackoffFailureHandler<>(
                          config.retryBackoff(), 2.0),
                      (complete, operations) -> {
                        String taskId = (String) complete.getExecution().taskInstance.getData();
                        origins.forget(job.name(), complete.getExecution().taskInstance.getId());
                        job.failed(
                            taskId,
                            complete
                                .getCause()
                                .orElseGet(() -> new IllegalStateException("job failed")));
                      }))
              .onDeadExecution(running.reviver())
              .execute(
                  (instance, context) ->
                      completion(
                          instance.getTaskName(), instance.getId(), job.run(instance.getData())));
      oneTime.put(job.name(), task);
      known.add(task);
    }
    List<RecurringTask<Void>> startTasks = new ArrayList<>();
    for (RecurringJob job : recurring) {
      RecurringTask<Void> task =
          Tasks.recurring(job.name(), Schedules.fixedDelay(job.every()))
              .onDeadExecution(running.reviver())
              .execute((instance, context) -> job.run());
      startTasks.add(task);
    }
    // other modules' tasks are not revived while they still run here either
    contributed.forEach(task -> known.add(running.guard(task)));
    SchedulerBuilder builder = Scheduler.create(transactions.dataSource(), known);
    // outermost: a run of an execution already running here is put off, whatever its task
    builder.addExecutionInterceptor(running.interceptor(clock, config.heartbeatInterval()));
    interceptors.forEach(builder::addExecutionInterceptor);
    this.scheduler =
        builder
            .clock(clock::instant)
            .startTasks(startTasks)
            .threads(Math.max(1, config.threads()))
            .pollingInterval(config.pollingInterval())
            .heartbeatInterval(config.heartbeatInterval())
            .missedHeartbeatsLimit(Math.max(4, config.missedHeartbeats()))
            .serializer(new TextSerializer())
            .commitWhenAutocommitDisabled(false)
            .shutdownMaxWait(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Done: the execution is removed (and its origin forgotten); else it runs again at the time the
   * job asked for.
   */
  private CompletionHandler<String> completion(
      String taskName, String instance, Optional<Instant> next) {
    if (next.isEmpty()) {
      CompletionHandler<String> remove = new CompletionHandler.OnCompleteRemove<>();
      return (complete, operations) -> {
        remove.complete(complete, operations);
        origins.forget(taskName, instance);
      };
    }
    Instant at = next.get();
    return (complete, operations) -> operations.reschedule(complete, at);
  }

  @EventListener
  void onStartup(StartupEvent event) {
    start();
  }

  /** Starts running jobs on this instance (idempotent; nothing when disabled). */
  public synchronized void start() {
    if (started || !config.enabled()) {
      return;
    }
    scheduler.start();
    started = true;
    LOG.info("background jobs started ({} threads)", config.threads());
  }

  /**
   * Schedules the job of a task to run now. Inside {@link Transactions#inTransaction} it commits
   * (or rolls back) with the caller's work; call {@link #wake()} after the commit.
   */
  public void schedule(String jobName, String taskId) {
    CustomTask<String> task = oneTime.get(jobName);
    if (task == null) {
      throw new IllegalArgumentException("no job named " + jobName);
    }
    transactions.inTransaction(
        c -> {
          scheduler.schedule(task.instance(taskId, taskId), clock.instant());
          origins.record(jobName, taskId, true);
          return null;
        });
  }

  /**
   * Schedules a run of the job at a given time; {@code data} is both the job's argument and its
   * instance id: scheduling a run that is already pending changes nothing. Joins the current
   * transaction like {@link #schedule(String, String)}.
   */
  public void schedule(String jobName, String data, Instant at) {
    CustomTask<String> task = oneTime.get(jobName);
    if (task == null) {
      throw new IllegalArgumentException("no job named " + jobName);
    }
    transactions.inTransaction(
        c -> {
          if (scheduler.scheduleIfNotExists(task.instance(data, data), at)) {
            origins.record(jobName, data, true);
          }
          return null;
        });
  }

  /** Asks this instance to look for due jobs now rather than at the next poll. */
  public void wake() {
    if (started) {
      scheduler.triggerCheckForDueExecutions();
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (started) {
      scheduler.stop();
      started = false;
    }
  }

  /** Job data is the task id, stored as text. */
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
