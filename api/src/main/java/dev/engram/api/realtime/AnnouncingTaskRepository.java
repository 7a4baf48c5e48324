package dev.engram.api.realtime;

import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.memory.task.AppGate;
import dev.engram.memory.task.TaskRepository;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The task table, announcing on topic {@code tasks} each task that finishes or fails for good. */
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
  public void succeed(String id) {
    super.succeed(id);
    find(id).ifPresent(task -> realtime.task(task, clock.instant()));
  }

  @Override
  public void fail(String id) {
    super.fail(id);
    find(id).ifPresent(task -> realtime.task(task, clock.instant()));
  }
}
