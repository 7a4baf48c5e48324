package dev.engram.sdk;

import dev.engram.sdk.model.Task;

/** {@code wait} saw the task finish with status {@code failed}; {@link #task()} holds it. */
public class TaskFailedException extends EngramException {
  private static final long serialVersionUID = 1L;

  private final transient Task task;

  public TaskFailedException(String message, Task task) {
    super(message, 0, "task_failed", null, null, null, null);
    this.task = task;
  }

  public Task task() {
    return task;
  }
}
