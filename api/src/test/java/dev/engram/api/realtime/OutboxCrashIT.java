package dev.engram.api.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A memory write's realtime event across a crash (the real application runs as a child JVM on the
 * embedded H2 database and is killed with SIGKILL, as in {@code KillDuringIngestionIT}): the write
 * commits with its outbox row, the event never reaches the gateway's queue (a test-side bus loses
 * it, as the in-memory inbox of a killed process would), the process is killed, and the restarted
 * process's relay delivers the event to the service that subscribed before the crash, under the
 * event's own id.
 */
class OutboxCrashIT {
  private static final Pattern KEY = Pattern.compile("Demo API key:\\s+(eng_\\S+)");
  private final JsonMapper json = JsonMapper.createDefault();

  /** A running child process of the application and everything it printed. */
  private record Child(Process process, StringBuffer output, Http http, int realtimePort) {}

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private Child start(Path home, boolean deafBus) throws IOException {
    int port = freePort();
    int realtimePort = freePort();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    if (deafBus) {
      command.add("-D" + DeafEventBus.PROPERTY + "=true");
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
            "-Dengram.realtime.port=" + realtimePort,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.engram.api.Engram"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DJL_OFFLINE", "true");
    builder.environment().remove("REDIS_URL");
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
    try {
      await(
          "the application answers /health",
          Duration.ofSeconds(120),
          () -> {
            assertThat(process.isAlive()).as(output.toString()).isTrue();
            try {
              return http.get("/health").status() == 200;
            } catch (UncheckedIOException | IllegalStateException e) {
              return false;
            }
          });
    } catch (AssertionError | RuntimeException e) {
      process.destroyForcibly();
      String printed = output.toString();
      throw new AssertionError(
          e.getMessage()
              + "; the application printed (last 4000 characters):\n"
              + printed.substring(Math.max(0, printed.length() - 4000)),
          e);
    }
    return new Child(process, output, http, realtimePort);
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

  private static RealtimeApiIT.Client connect(Child child, String key, String service) {
    Http.Response ticket = child.http().post("/v1/realtime/tickets", "", Http.bearer(key));
    assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
    RealtimeApiIT.Client client =
        RealtimeApiIT.Client.open(
            "ws://127.0.0.1:" + child.realtimePort() + "/ws?ticket=" + ticket.text("ticket"));
    client.next("ready");
    client.send(Map.of("type", "identify", "service_id", service));
    client.next("identified");
    return client;
  }

  @Test
  void aMemoryWritesEventSurvivesAKillAndReachesTheSubscribedServiceAfterRestart()
      throws Exception {
    Path home = TemporaryDirectories.create("engram-outbox-kill-");
    Child first = start(home, true);
    String key;
    String memoryId;
    try {
      await(
          "the demo key is printed",
          Duration.ofSeconds(30),
          () -> KEY.matcher(first.output()).find());
      Matcher demo = KEY.matcher(first.output());
      assertThat(demo.find()).isTrue();
      key = demo.group(1);
      try (RealtimeApiIT.Client crm = connect(first, key, "crm")) {
        crm.send(Map.of("type", "subscribe", "topics", List.of("memory")));
        crm.next("subscribed");
      }
      Http.Response stored =
          first
              .http()
              .post(
                  "/v1/memories",
                  first
                      .http()
                      .toJson(
                          Map.of(
                              "user_id",
                              "alice",
                              "content",
                              "Alice prefers express shipping",
                              "resolve",
                              false)),
                  Http.bearer(key));
      assertThat(stored.status()).as(stored.body()).isEqualTo(201);
      memoryId = ((List<?>) stored.at("ids")).get(0).toString();
      // the committed write's event was lost on its way to the gateway's queue
      await(
          "the bus lost the write's event",
          Duration.ofSeconds(30),
          () -> first.output().toString().contains("lost memory.add " + memoryId));
    } finally {
      first.process().destroyForcibly();
      assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    Child second = start(home, false);
    try (RealtimeApiIT.Client crm = connect(second, key, "crm")) {
      // the relay sends what the outbox holds once it is older than its grace (5 s)
      JsonNode event = crm.nextEventOfType("memory.add");
      assertThat(event.path("ids").path("memory_id").asText()).isEqualTo(memoryId);
      assertThat(event.path("ids").path("user_id").asText()).isEqualTo("alice");
      assertThat(event.path("payload").path("content").asText())
          .isEqualTo("Alice prefers express shipping");
      assertThat(event.path("id").asText()).startsWith("rte_");
      assertThat(second.output().toString()).contains("platform events again from the outbox");
    } finally {
      second.process().destroy();
      second.process().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
