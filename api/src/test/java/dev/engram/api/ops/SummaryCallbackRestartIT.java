package dev.engram.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.CallbackReceiver;
import dev.engram.api.testing.TemporaryDirectories;
import dev.engram.memory.Message;
import dev.engram.memory.summarize.SummaryTasks;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.task.TaskStatus;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A summary callback whose receiver failed waits for its next attempt in the job table, not on a
 * sleeping thread: stopping the application between two attempts loses nothing, and the restarted
 * application delivers the same body once.
 */
class SummaryCallbackRestartIT {
  private static final String APP = "app_callback_restart";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static ApplicationContext start(Path home) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("engram.home", home.toString());
    properties.put("micronaut.server.port", -1);
    properties.put("engram.bootstrap.demo", false);
    properties.put("engram.callbacks.allow-private-networks", true);
    // long enough that the second attempt is not due before the application is stopped
    properties.put("engram.callbacks.backoff", "3s");
    properties.put("engram.jobs.polling-interval", "100ms");
    return ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
  }

  private static Task await(TaskRepository tasks, String taskId, Predicate<Task> condition) {
    Instant deadline = Instant.now().plus(WAIT);
    Task task = tasks.find(APP, taskId).orElseThrow();
    while (!condition.test(task)) {
      assertThat(Instant.now()).as("task %s within %s", task, WAIT).isBefore(deadline);
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
      task = tasks.find(APP, taskId).orElseThrow();
    }
    return task;
  }

  @Test
  void aCallbackThatFailedBeforeAStopIsDeliveredOnceAfterTheRestart() throws IOException {
    Path home = TemporaryDirectories.create("engram-callback-restart-");
    try (CallbackReceiver receiver = new CallbackReceiver()) {
      receiver.answer(500);
      String taskId;
      CallbackReceiver.Received failed;
      try (ApplicationContext first = start(home)) {
        taskId =
            first
                .getBean(SummaryTasks.class)
                .accept(
                    APP,
                    "ida",
                    "s-1",
                    List.of(
                        new Message("m1", "user", "I moved to Lisbon in March.", null),
                        new Message("m2", "user", "I prefer express shipping.", null)),
                    URI.create(receiver.url("/hooks/summary")),
                    Map.of("X-Signature", "sig-1"))
                .id();
        failed = receiver.next(WAIT);
        assertThat(failed).isNotNull();
        Task waiting =
            await(
                first.getBean(TaskRepository.class),
                taskId,
                t -> t.result() != null && t.status() == TaskStatus.QUEUED);
        assertThat(waiting.result()).contains("\"attempts\":1").contains("\"last_status\":500");
        assertThat(waiting.errors()).containsExactly("HTTP 500");
      }
      assertThat(receiver.pending()).as("no attempt before the stop").isZero();

      try (ApplicationContext second = start(home)) {
        CallbackReceiver.Received delivered = receiver.next(WAIT);
        assertThat(delivered).isNotNull();
        assertThat(delivered.body()).isEqualTo(failed.body()).contains(taskId, "Lisbon");
        assertThat(delivered.header("X-Signature")).isEqualTo("sig-1");
        Task done = await(second.getBean(TaskRepository.class), taskId, t -> t.status().finished());
        assertThat(done.status()).isEqualTo(TaskStatus.SUCCEEDED);
        assertThat(done.result()).contains("\"delivered\":true").contains("\"attempts\":2");
        assertThat(receiver.next(Duration.ofMillis(500))).as("delivered once").isNull();
      }
    }
  }
}
