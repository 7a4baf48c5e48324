package dev.engram.api.realtime;

import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.AppGate;
import dev.engram.memory.task.TaskRepository;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The task table, announcing on topic {@code tasks} each task that finishes or fails for good. The
 * event's outbox row is written in the transaction that changes the task's status ({@link
 * TaskRepository#finished}): both commit, or neither — a task is never seen finished without its
 * event on the way, and a failure to write the row leaves the task unfinished (its job runs again).
 * The event is published on the bus once that transaction committed.
 */
@Singleton
@Replaces(TaskRepository.class)
final class AnnouncingTaskRepository extends TaskRepository {
  private final RealtimeEvents realtime;
  private final Clock clock;

  AnnouncingTaskRepository(
      Transactions transactions, Clock clock, AppGate gate, RealtimeEvents realtime) {
    super(transactions, clock, gate);
    this.realtime = realtime;
    this.clock = clock;
  }

  @Override
  protected void finished(String id) {
    // read on the transaction's connection: the status just set, not yet committed
    find(id).ifPresent(task -> realtime.task(task, clock.instant()));
  }
}
