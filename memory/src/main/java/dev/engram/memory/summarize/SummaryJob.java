package dev.engram.memory.summarize;

import dev.engram.memory.callback.CallbackOutcome;
import dev.engram.memory.task.Job;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Delivers a summary task: summarizes (full form) and POSTs with the sender's attempts and backoff,
 * then records how it went as the task's result ({@code GET /v1/tasks/{id}}). A delivery that
 * failed after its attempts fails the task; the job runner does not retry it again. A crash during
 * delivery re-runs the job, so a receiver may get a summary twice (at least once): the {@code
 * task_id} in the body lets it drop the repeat.
 */
@Singleton
final class SummaryJob implements Job {
  private final TaskRepository tasks;
  private final SummaryDelivery delivery;

  SummaryJob(TaskRepository tasks, SummaryDelivery delivery) {
    this.tasks = tasks;
    this.delivery = delivery;
  }

  @Override
  public String name() {
    return SummaryTasks.KIND;
  }

  @Override
  public void run(String taskId) {
    Optional<Task> found = tasks.startAttempt(taskId);
    if (found.isEmpty()) {
      return;
    }
    Task task = found.get();
    CallbackOutcome outcome = delivery.deliver(SummaryTasks.read(task));
    tasks.saveResult(taskId, SummaryTasks.result(outcome));
    if (outcome.delivered()) {
      tasks.succeed(taskId);
    } else {
      tasks.recordError(taskId, outcome.error());
      tasks.fail(taskId);
    }
  }

  @Override
  public void failed(String taskId, Throwable cause) {
    tasks.recordError(taskId, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    tasks.fail(taskId);
  }
}
