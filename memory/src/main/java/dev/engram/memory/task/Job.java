package dev.engram.memory.task;

/**
 * Work that runs once per task in the background, durably: scheduled in the same transaction that
 * stores its task, retried with backoff, re-run after a crash. Implementations must be idempotent
 * (a crash can interrupt them anywhere).
 */
public interface Job {
  /** The job's name in the job table ({@code conversation}, …). */
  String name();

  /** Runs the job for one task; throwing schedules a retry. */
  void run(String taskId);

  /** Called once the last attempt failed. */
  void failed(String taskId, Throwable cause);
}
