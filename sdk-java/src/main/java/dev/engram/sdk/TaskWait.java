package dev.engram.sdk;

import dev.engram.sdk.model.Task;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Polls a task until it finished: 200 ms, then 1.5 times longer each time, at most 2 s. */
final class TaskWait {
  private static final Duration FIRST = Duration.ofMillis(200);
  private static final Duration LONGEST = Duration.ofSeconds(2);

  private final Transport transport;
  private final String taskId;
  private final Duration timeout;
  private final long deadline;

  TaskWait(Transport transport, String taskId, Duration timeout) {
    this.transport = transport;
    this.taskId = taskId;
    this.timeout = timeout;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  Task block() {
    Duration interval = FIRST;
    while (true) {
      Task task = transport.send(Calls.getTask(taskId));
      if (task.finished()) {
        return outcome(task);
      }
      Duration wait = nextWait(task, interval);
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new EngramException("interrupted while waiting for task " + taskId);
      }
      interval = longer(interval);
    }
  }

  CompletableFuture<Task> poll() {
    return poll(FIRST);
  }

  private CompletableFuture<Task> poll(Duration interval) {
    return transport
        .sendAsync(Calls.getTask(taskId))
        .thenCompose(
            task -> {
              if (task.finished()) {
                return CompletableFuture.completedFuture(outcome(task));
              }
              Duration wait = nextWait(task, interval);
              return CompletableFuture.supplyAsync(() -> null, Transport.Pause.REAL.after(wait))
                  .thenCompose(ignored -> poll(longer(interval)));
            });
  }

  private Task outcome(Task task) {
    if (task.failed()) {
      throw new TaskFailedException(
          "task " + taskId + " failed: " + String.join("; ", task.errors()), task);
    }
    return task;
  }

  private Duration nextWait(Task task, Duration interval) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new EngramTimeoutException(
          "task " + taskId + " still " + task.status() + " after " + timeout.toMillis() + " ms",
          0,
          null,
          null,
          null,
          null,
          null);
    }
    return interval.toNanos() < left ? interval : Duration.ofNanos(left);
  }

  private static Duration longer(Duration interval) {
    Duration next = Duration.ofNanos((long) (interval.toNanos() * 1.5));
    return next.compareTo(LONGEST) > 0 ? LONGEST : next;
  }
}
