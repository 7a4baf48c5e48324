package dev.engram.memory.task;

import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job executions this instance is running now. db-scheduler takes an execution whose heartbeat
 * is older than the missed-heartbeat limit for one of a crashed instance and runs it again, and its
 * detector cannot tell its own executions from others': on a starved machine (a heartbeat late by
 * 20 s) it revived a job this instance was still running, so the job ran twice at once and the
 * first run's completion then failed ("Expected one execution to be updated, but updated 0"). With
 * this record, a late heartbeat of an execution running here is not a death ({@link #reviver()}),
 * and a run that finds the same execution already running here (revived by another instance that
 * saw the late heartbeat) does not start a second one ({@link #enter}).
 */
final class RunningHere {
  private static final Logger LOG = LoggerFactory.getLogger(RunningHere.class);

  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  /** Marks the execution running; false when it already runs here (the caller must not run it). */
  boolean enter(TaskInstanceId execution) {
    return running.add(key(execution));
  }

  /** The execution's run ended, however it ended. */
  void leave(TaskInstanceId execution) {
    String key = key(execution);
    running.remove(key);
    warned.remove(key);
  }

  boolean contains(TaskInstanceId execution) {
    return running.contains(key(execution));
  }

  /**
   * Revives a dead execution, as db-scheduler does by default, unless it is running here: then its
   * heartbeat is only late and it is left to finish.
   */
  <T> DeadExecutionHandler<T> reviver() {
    return unlessRunningHere(new DeadExecutionHandler.ReviveDeadExecution<>());
  }

  /** A task's own handling of a dead execution, unless the execution is running here. */
  <T> DeadExecutionHandler<T> unlessRunningHere(DeadExecutionHandler<T> revive) {
    return (ExecutionComplete complete, ExecutionOperations<T> operations) -> {
      TaskInstanceId execution = complete.getExecution().taskInstance;
      if (contains(execution)) {
        if (warned.add(key(execution))) {
          LOG.warn(
              "job {} ({}) missed its heartbeats but is still running here (a starved machine or a"
                  + " slow database); it is left to finish instead of being run again",
              execution.getTaskName(),
              execution.getId());
        }
        return;
      }
      revive.deadExecution(complete, operations);
    };
  }

  /**
   * Runs every execution through {@link #enter} and {@link #leave}; a run of an execution that
   * already runs here (another instance took its late heartbeat for a death and revived it) does
   * not run the task a second time at once: it is put off by {@code putOff}, by when the first run
   * has usually ended (the task then finds its work done).
   */
  ExecutionInterceptor interceptor(Clock clock, Duration putOff) {
    return (instance, context, chain) -> {
      if (!enter(instance)) {
        LOG.warn(
            "job {} ({}) is already running here; this run is put off",
            instance.getTaskName(),
            instance.getId());
        Instant at = clock.instant().plus(putOff);
        return (complete, operations) -> operations.reschedule(complete, at);
      }
      try {
        return chain.proceed(instance, context);
      } finally {
        leave(instance);
      }
    };
  }

  /** The task with {@link #reviver()} around its own dead-execution handling. */
  <T> Task<T> guard(Task<T> task) {
    return new GuardedTask<>(task, this);
  }

  private static String key(TaskInstanceId execution) {
    return execution.getTaskName() + '\u0000' + execution.getId();
  }
}
