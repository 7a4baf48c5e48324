package dev.engram.memory.task;

import java.time.Instant;
import java.util.Optional;

/**
 * Work that runs once per task in the background, durably: scheduled in the same transaction that
 * stores its task, retried with backoff, re-run after a crash. Implementations must be idempotent
 * (a crash can interrupt them anywhere).
 */
public interface Job {
  /** The job's name in the job table ({@code conversation}, …). */
  String name();

  /**
   * Runs the job for one task; throwing schedules a retry. A job that is not finished but must wait
   * (a callback whose receiver failed) returns when to run it again: the job runner stores that
   * time in the job table, so the wait survives a restart and occupies no thread. Empty when the
   * job is done.
   */
  Optional<Instant> run(String data);

  /** Called once the last attempt failed. */
  void failed(String data, Throwable cause);
}
