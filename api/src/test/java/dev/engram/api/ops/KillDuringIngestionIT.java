package dev.engram.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.Http;
import dev.engram.api.testing.TemporaryDirectories;
import io.micronaut.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Writes across a crash (the real application runs as a child JVM and is killed with SIGKILL).
 * Ingestion: the job stalls in the middle of a conversation, whose unit of work is not committed
 * yet, and a new process on the same data directory finishes the task with the same memories as an
 * uninterrupted run. Batch writes: every batch acknowledged before the kill is there after the
 * restart, which compacts the killed process's file first, and the batch in flight is there whole
 * or not at all.
 */
class KillDuringIngestionIT {
  private static final Pattern KEY = Pattern.compile("Demo API key:\\s+(eng_\\S+)");
  private static final int PAUSE_AFTER = 3;
  private final JsonMapper json = JsonMapper.createDefault();

  /** A running child process of the application and everything it printed. */
  private record Child(Process process, StringBuffer output, Http http) {}

  private Child start(Path home, boolean pause) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    if (pause) {
      // a test-side bean (StallAfterFacts) on the child's class path stalls the job there
      command.add("-D" + StallAfterFacts.PROPERTY + "=" + PAUSE_AFTER);
    }
    command.addAll(
        List.of(
            "--enable-native-access=ALL-UNNAMED",
            "--add-modules",
            "jdk.incubator.vector",
            "-XX:TieredStopAtLevel=1",
            "-Dai.djl.offline=true",
            "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp")),
            "-Dengram.home=" + home,
            "-Dmicronaut.server.port=" + port,
            "-Dengram.port=" + port,
            "-Dengram.bootstrap.demo=true",
            // a free port for the realtime gateway: 8081 may be taken by another Engram here
            "-Dengram.realtime.port=0",
            "-Dengram.jobs.heartbeat-interval=500ms",
            "-Dengram.jobs.missed-heartbeats=4",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.engram.api.Engram"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DJL_OFFLINE", "true");
    Process process = builder.start();
    StringBuffer output = new StringBuffer();
    Thread.ofVirtual()
        .start(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  output.append(line).append('\n');
                }
              } catch (IOException e) {
                // the process died: nothing more to read
              }
            });
    Http http = new Http(URI.create("http://127.0.0.1:" + port), json);
    Child child = new Child(process, output, http);
    try {
      await(
          "the application answers /health",
          Duration.ofSeconds(90),
          () -> {
            assertThat(process.isAlive()).as(output.toString()).isTrue();
            try {
              return http.get("/health").status() == 200;
            } catch (UncheckedIOException | IllegalStateException e) {
              return false;
            }
          });
    } catch (AssertionError | RuntimeException e) {
      // a child that never came up must not outlive the test (it would hold its port and files)
      process.destroyForcibly();
      String printed = output.toString();
      throw new AssertionError(
          e.getMessage()
              + "; the application printed (last 4000 characters):\n"
              + printed.substring(Math.max(0, printed.length() - 4000)),
          e);
    }
    return child;
  }

  private static void await(String what, Duration timeout, Supplier<Boolean> condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (condition.get()) {
          return;
        }
      } catch (RuntimeException e) {
        // not yet
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting until " + what, e);
      }
    }
    throw new AssertionError("timed out waiting until " + what);
  }

  private static List<Map<String, Object>> conversation() {
    List<String> said =
        List.of(
            "I live in Lisbon.",
            "I work at a small bakery.",
            "I'm allergic to peanuts.",
            "I prefer window seats.",
            "My email is ana@example.com",
            "I moved to Porto last month.",
            "I love jazz music.",
            "I'm planning to visit Tokyo next spring.",
            "I have two cats.",
            "I don't like spicy food.");
    List<Map<String, Object>> messages = new ArrayList<>();
    for (String s : said) {
      messages.add(Map.of("role", "user", "content", s));
    }
    return messages;
  }

  private static String ingest(Child child, String key, String user) {
    Http.Response accepted =
        child
            .http()
            .post(
                "/v1/conversations",
                child.http().toJson(Map.of("user_id", user, "messages", conversation())),
                Http.bearer(key));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    return accepted.text("task_id");
  }

  @SuppressWarnings("unchecked")
  private static List<String> memories(Child child, String key, String user) {
    Http.Response page =
        child
            .http()
            .get(
                "/v1/memories?user_id="
                    + user
                    + "&statuses=active,superseded,deleted&limit=100&sort_by=created_at&order=asc",
                Http.bearer(key));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return ((List<Map<String, Object>>) page.at("memories"))
        .stream()
            .map(
                m -> m.get("status") + ": " + m.get("content") + " " + m.get("reinforcement_count"))
            .sorted()
            .toList();
  }

  private static Map<String, Object> task(Child child, String key, String taskId) {
    Http.Response task = child.http().get("/v1/tasks/" + taskId, Http.bearer(key));
    assertThat(task.status()).as(task.body()).isEqualTo(200);
    return task.map();
  }

  @Test
  void aKilledIngestionFinishesExactlyOnceAfterRestart() throws Exception {
    Path home = TemporaryDirectories.create("engram-kill-");
    Child first = start(home, true);
    String key;
    String taskId;
    try {
      await(
          "the demo key is printed",
          Duration.ofSeconds(30),
          () -> KEY.matcher(first.output()).find());
      Matcher demo = KEY.matcher(first.output());
      assertThat(demo.find()).as(first.output().toString()).isTrue();
      key = demo.group(1);
      taskId = ingest(first, key, "crashed");
      await(
          "the job applied " + PAUSE_AFTER + " facts and stalls",
          Duration.ofSeconds(60),
          () -> first.output().toString().contains("stalls after " + PAUSE_AFTER + " facts"));
      // the conversation is one unit of work: nothing of it is visible before it commits
      assertThat(memories(first, key, "crashed")).isEmpty();
      assertThat(task(first, key, taskId)).containsEntry("status", "running");
    } finally {
      first.process().destroyForcibly();
      assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    Child second = start(home, false);
    try {
      await(
          "the interrupted task finishes after the restart",
          Duration.ofSeconds(90),
          () -> task(second, key, taskId).get("status").equals("succeeded"));
      String reference = ingest(second, key, "uninterrupted");
      await(
          "the reference task finishes",
          Duration.ofSeconds(60),
          () -> task(second, key, reference).get("status").equals("succeeded"));

      List<String> crashed = memories(second, key, "crashed");
      List<String> uninterrupted = memories(second, key, "uninterrupted");
      assertThat(crashed).hasSize(uninterrupted.size()).isEqualTo(uninterrupted);
      assertThat(crashed).doesNotHaveDuplicates();
      Map<String, Object> resumed = task(second, key, taskId);
      assertThat(resumed.get("counts")).isEqualTo(task(second, key, reference).get("counts"));
      assertThat(resumed.get("attempts")).isEqualTo(2);
    } finally {
      second.process().destroy();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static final int BATCH = 25;

  private static Http.Response writeBatch(Child child, String key, String user) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      items.add(Map.of("user_id", user, "content", user + " remembers fact number " + i));
    }
    // direct writes (no resolution), so that every statement of the batch becomes a memory
    return child
        .http()
        .post(
            "/v1/memories",
            child.http().toJson(Map.of("memories", items, "resolve", false)),
            Http.bearer(key));
  }

  private static long count(Child child, String key, String user) {
    Http.Response page =
        child.http().get("/v1/memories?user_id=" + user + "&limit=100", Http.bearer(key));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return ((List<?>) page.at("memories")).size();
  }

  @Test
  void everyAcknowledgedBatchSurvivesAKillAndNoBatchIsStoredInPart() throws Exception {
    Path home = TemporaryDirectories.create("engram-kill-batch-");
    Child first = start(home, false);
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    List<String> attempted = new CopyOnWriteArrayList<>();
    String key;
    try {
      await(
          "the demo key is printed",
          Duration.ofSeconds(30),
          () -> KEY.matcher(first.output()).find());
      Matcher demo = KEY.matcher(first.output());
      assertThat(demo.find()).isTrue();
      key = demo.group(1);
      Thread writer =
          Thread.ofPlatform()
              .start(
                  () -> {
                    for (int b = 0; ; b++) {
                      String user = "batch-" + b;
                      attempted.add(user);
                      try {
                        if (writeBatch(first, key, user).status() != 201) {
                          return;
                        }
                      } catch (RuntimeException e) {
                        return; // the server died under this request
                      }
                      acknowledged.add(user);
                    }
                  });
      await(
          "five batches are acknowledged", Duration.ofSeconds(60), () -> acknowledged.size() >= 5);
      first.process().destroyForcibly();
      assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
      writer.join(Duration.ofSeconds(30));
    } finally {
      first.process().destroyForcibly();
    }

    Child second = start(home, false);
    try {
      // the new process packed the killed one's file before opening it (H2StartCompaction)
      assertThat(second.output().toString()).contains("H2 file compacted at start");
      for (String user : acknowledged) {
        assertThat(count(second, key, user)).as(user).isEqualTo(BATCH);
      }
      for (String user : attempted) {
        if (!acknowledged.contains(user)) {
          assertThat(count(second, key, user)).as(user).isIn(0L, (long) BATCH);
        }
      }
    } finally {
      second.process().destroy();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
