package dev.engram.memory.task;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Callers of this instance waiting for tasks to finish: woken when the task repository marks a task
 * finished here. A task finished by another instance is seen by the waiter's own re-read.
 */
final class TaskWaits {
  private final Map<String, List<CountDownLatch>> waiting = new ConcurrentHashMap<>();

  /** A latch opened when {@code taskId} finishes on this instance; {@link #leave} it after. */
  CountDownLatch enter(String taskId) {
    CountDownLatch latch = new CountDownLatch(1);
    waiting.computeIfAbsent(taskId, id -> new CopyOnWriteArrayList<>()).add(latch);
    return latch;
  }

  void leave(String taskId, CountDownLatch latch) {
    waiting.computeIfPresent(
        taskId,
        (id, latches) -> {
          latches.remove(latch);
          return latches.isEmpty() ? null : latches;
        });
  }

  void finished(String taskId) {
    List<CountDownLatch> latches = waiting.get(taskId);
    if (latches != null) {
      latches.forEach(CountDownLatch::countDown);
    }
  }
}
