package dev.engram.api.v1;

import dev.engram.memory.callback.CallbackOutcome;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * SEAM, to be replaced by the durable tasks (db-scheduler jobs, the {@code tasks} table and {@code
 * GET /v1/tasks/{id}}): the state of summary callbacks, kept in memory only (lost on restart,
 * bounded to the newest {@value #MAX_TASKS}). The integrator stores the task in the tasks table
 * instead and runs {@code SummaryDelivery.deliver} as the job body.
 */
@Singleton
final class CallbackTasks {
  static final int MAX_TASKS = 10_000;
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Where a callback task stands. */
  enum Status {
    ACCEPTED,
    RUNNING,
    DELIVERED,
    FAILED
  }

  /**
   * One task.
   *
   * @param outcome how the delivery went, once finished
   */
  record Task(
      String id,
      String appId,
      Status status,
      @Nullable CallbackOutcome outcome,
      Instant updatedAt) {}

  private final Clock clock;
  private final Map<String, Task> tasks =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Task> eldest) {
          return size() > MAX_TASKS;
        }
      };

  CallbackTasks(Clock clock) {
    this.clock = clock;
  }

  /** A new task of the app, accepted. */
  synchronized String accept(String appId) {
    char[] random = new char[24];
    for (int i = 0; i < random.length; i++) {
      random[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    String id = "task_" + new String(random);
    tasks.put(id, new Task(id, appId, Status.ACCEPTED, null, clock.instant()));
    return id;
  }

  synchronized void running(String id) {
    update(id, Status.RUNNING, null);
  }

  synchronized void finished(String id, CallbackOutcome outcome) {
    update(id, outcome.delivered() ? Status.DELIVERED : Status.FAILED, outcome);
  }

  /** The task, if it belongs to the app. */
  synchronized Optional<Task> get(String appId, String id) {
    Task task = tasks.get(id);
    return task != null && task.appId().equals(appId) ? Optional.of(task) : Optional.empty();
  }

  /** How many tasks of the app are kept. */
  synchronized long count(String appId) {
    return tasks.values().stream().filter(t -> t.appId().equals(appId)).count();
  }

  private void update(String id, Status status, @Nullable CallbackOutcome outcome) {
    Task task = tasks.get(id);
    if (task != null) {
      tasks.put(id, new Task(id, task.appId(), status, outcome, clock.instant()));
    }
  }
}
