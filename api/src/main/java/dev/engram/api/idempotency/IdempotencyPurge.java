package dev.engram.api.idempotency;

import dev.engram.memory.task.RecurringJob;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Removes idempotency keys older than their retention, hourly, on one instance at a time. */
@Singleton
final class IdempotencyPurge implements RecurringJob {
  private final IdempotencyStore store;

  IdempotencyPurge(IdempotencyStore store) {
    this.store = store;
  }

  @Override
  public String name() {
    return "idempotency-purge";
  }

  @Override
  public Duration every() {
    return Duration.ofHours(1);
  }

  @Override
  public void run() {
    store.purge();
  }
}
