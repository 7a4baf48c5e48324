package dev.engram.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.TemporaryDirectories;
import dev.engram.memory.ingest.NewConversation;
import dev.engram.memory.ingest.SessionBatcher;
import dev.engram.memory.task.Task;
import dev.engram.memory.task.TaskRepository;
import dev.engram.memory.task.TaskStatus;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Buffered session messages survive a restart of the application on the same database. */
class SessionBufferRestartIT {
  private static final String APP = "app_restart";

  private static ApplicationContext start(Path home) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("engram.home", home.toString());
    properties.put("micronaut.server.port", -1);
    properties.put("engram.bootstrap.demo", false);
    properties.put("engram.batcher.max-messages", 3);
    return ApplicationContext.builder().properties(properties).deduceEnvironment(false).start();
  }

  private static List<NewConversation.Turn> say(String content) {
    return List.of(new NewConversation.Turn(null, "user", content, null));
  }

  @Test
  void bufferedMessagesSurviveARestart() throws IOException {
    Path home = TemporaryDirectories.create("engram-buffer-");
    try (ApplicationContext first = start(home)) {
      SessionBatcher batcher = first.getBean(SessionBatcher.class);
      batcher.append(APP, "ida", "s-1", say("I live in Lisbon"));
      batcher.append(APP, "ida", "s-1", say("I love jazz"));
      assertThat(batcher.buffered(APP, "ida", "s-1")).isEqualTo(2);
    }

    try (ApplicationContext second = start(home)) {
      SessionBatcher batcher = second.getBean(SessionBatcher.class);
      assertThat(batcher.buffered(APP, "ida", "s-1")).isEqualTo(2);

      SessionBatcher.Appended appended = batcher.append(APP, "ida", "s-1", say("I have two cats"));

      assertThat(appended.buffered()).isZero();
      String taskId = appended.flushedTaskId().orElseThrow();
      TaskRepository tasks = second.getBean(TaskRepository.class);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      Task task = tasks.find(APP, taskId).orElseThrow();
      while (!task.status().finished() && Instant.now().isBefore(deadline)) {
        Thread.onSpinWait();
        task = tasks.find(APP, taskId).orElseThrow();
      }
      assertThat(task.status()).isEqualTo(TaskStatus.SUCCEEDED);
      assertThat(task.counts().added()).isEqualTo(3);
      assertThat(task.payload()).contains("I live in Lisbon", "I love jazz", "I have two cats");
    }
  }
}
