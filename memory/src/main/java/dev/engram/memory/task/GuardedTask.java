package dev.engram.memory.task;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

/**
 * Another module's task as the scheduler runs it: the same in every way, except that an execution
 * whose heartbeat is late while it still runs on this instance is not revived ({@link
 * RunningHere#unlessRunningHere}).
 */
final class GuardedTask<T> implements Task<T> {
  private final Task<T> task;
  private final DeadExecutionHandler<T> deadExecution;

  GuardedTask(Task<T> task, RunningHere running) {
    this.task = task;
    this.deadExecution = running.unlessRunningHere(task.getDeadExecutionHandler());
  }

  @Override
  public String getName() {
    return task.getName();
  }

  @Override
  public Class<T> getDataClass() {
    return task.getDataClass();
  }

  @Override
  public TaskInstance<T> instance(String id) {
    return task.instance(id);
  }

  @Override
  public TaskInstance<T> instance(String id, T data) {
    return task.instance(id, data);
  }

  @Override
  public TaskInstance.Builder<T> instanceBuilder(String id) {
    return task.instanceBuilder(id);
  }

  @Override
  public SchedulableInstance<T> schedulableInstance(String id) {
    return task.schedulableInstance(id);
  }

  @Override
  public SchedulableInstance<T> schedulableInstance(String id, T data) {
    return task.schedulableInstance(id, data);
  }

  @Override
  public FailureHandler<T> getFailureHandler() {
    return task.getFailureHandler();
  }

  @Override
  public DeadExecutionHandler<T> getDeadExecutionHandler() {
    return deadExecution;
  }

  @Override
  public int getDefaultPriority() {
    return task.getDefaultPriority();
  }

  @Override
  public CompletionHandler<T> execute(TaskInstance<T> taskInstance, ExecutionContext context) {
    return task.execute(taskInstance, context);
  }

  @Override
  public String toString() {
    return task.toString();
  }
}
