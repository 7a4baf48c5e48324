package dev.engram.memory.ingest;

/**
 * Told after each fact of a conversation task is applied, inside the task's unit of work and before
 * the task's checkpoint (written after each fact where the task's rows commit on their own, else
 * once, after the last fact of the unit, in its transaction). Every bean of this type is called, in
 * no set order; the engine has none of its own. A listener that throws fails the attempt, which
 * rolls the whole conversation back and is retried like any other failure.
 */
@FunctionalInterface
public interface FactApplied {
  /**
   * @param taskId the conversation task
   * @param applied facts of the task applied so far, this one included
   */
  void applied(String taskId, int applied);
}
