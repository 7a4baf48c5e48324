package dev.engram.memory.summarize;

import dev.engram.memory.callback.CallbackAttempt;
import dev.engram.memory.callback.CallbackOutcome;
import dev.engram.memory.callback.CallbackSender;
import dev.engram.memory.task.Job;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers a summary task, one attempt per run: the first run summarizes (full form) and keeps the
 * body with the task, every run POSTs it once and records how it went so far as the task's result
 * ({@code GET /v1/tasks/{id}}). A failed attempt that may be retried reschedules the job after the
 * backoff (or the receiver's {@code Retry-After}): the wait lives in the job table, not on a
 * sleeping thread, so it survives a restart. A delivery that failed after its attempts fails the
 * task. A crash between a request and its record re-sends it after the restart, so a receiver may
 * get a summary twice (at least once): the {@code task_id} in the body lets it drop the repeat.
 */
@Singleton
final class SummaryJob implements Job {
  private final TaskRepository tasks;
  private final SummaryDelivery delivery;
  private final Clock clock;

  SummaryJob(TaskRepository tasks, SummaryDelivery delivery, Clock clock) {
    this.tasks = tasks;
    this.delivery = delivery;
    this.clock = clock;
  }

  @Override
  public String name() {
    return SummaryTasks.KIND;
  }

  @Override
  public Optional<Instant> run(String taskId) {
    Optional<Task> found = tasks.startAttempt(taskId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Task task = found.get();
    SummaryCallback callback = SummaryTasks.read(task);
    byte[] body;
    Optional<String> kept = tasks.callbackBody(taskId);
    if (kept.isPresent()) {
      body = kept.get().getBytes(StandardCharsets.UTF_8);
    } else {
      try {
        body = delivery.body(callback);
      } catch (IllegalStateException e) {
        finish(taskId, new CallbackOutcome(false, 0, null, e.getMessage()));
        return Optional.empty();
      }
      tasks.saveCallbackBody(taskId, new String(body, StandardCharsets.UTF_8));
    }
    CallbackOutcome before = SummaryTasks.progress(task);
    CallbackAttempt attempt = delivery.attempt(callback, body);
    int attempts = before.attempts() + (attempt.sent() ? 1 : 0);
    Integer lastStatus = attempt.status() != null ? attempt.status() : before.lastStatus();
    if (attempt.isFinal() || attempts >= delivery.maxAttempts()) {
      finish(taskId, CallbackSender.outcome(attempts, lastStatus, attempt));
      return Optional.empty();
    }
    tasks.saveResult(
        taskId,
        SummaryTasks.result(new CallbackOutcome(false, attempts, lastStatus, attempt.error())));
    tasks.recordError(taskId, attempt.error());
    return Optional.of(clock.instant().plus(delivery.waitAfter(attempts, attempt)));
  }

  private void finish(String taskId, CallbackOutcome outcome) {
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
