package dev.engram.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.sdk.ScriptedServer.Reply;
import dev.engram.sdk.model.AddResult;
import dev.engram.sdk.model.Memory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries, Retry-After, timeouts and typed errors, against a scripted local HTTP server. */
class TransportTest {
  @TempDir Path temporary;

  private static final String MEMORY =
      "{\"id\":\"m1\",\"user_id\":\"ana\",\"content\":\"User prefers tea\",\"type\":\"semantic\","
          + "\"status\":\"active\",\"importance\":5,\"tags\":[\"drinks\"],\"version\":1,"
          + "\"created_at\":\"2026-12-01T10:00:00.123456Z\",\"some_new_field\":42}";
  private static final String ADDED =
      "{\"ids\":[\"m1\"],\"memories\":["
          + MEMORY
          + "],\"results\":[{\"action\":\"add\","
          + "\"memory_id\":\"m1\",\"reason\":\"new\",\"engine\":\"rules\"}]}";
  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  /** Records the waits instead of sleeping. */
  private static final class RecordedPause implements Transport.Pause {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }

    @Override
    public Executor after(Duration duration) {
      waits.add(duration);
      return Runnable::run;
    }
  }

  private final RecordedPause pause = new RecordedPause();

  private Engram client(ScriptedServer server) {
    return client(server.url(), Duration.ofSeconds(5));
  }

  private Engram client(String url, Duration timeout) {
    return Engram.builder(Map.of())
        .baseUrl(url)
        .apiKey("eng_test")
        .timeout(timeout)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .pause(pause)
        .build();
  }

  @Test
  void anImportFileIsSentWholeAndSentAgainFromItsStartOnARetry() throws IOException {
    Path file = Files.createTempFile("engram-import", ".ndjson");
    try {
      StringBuilder text = new StringBuilder();
      for (int i = 0; text.length() < 3_000_000; i++) {
        text.append("{\"memory\":{\"id\":\"mem_").append(i).append("\",\"content\":\"");
        text.append("x".repeat(200)).append("\"}}\n");
      }
      Files.writeString(file, text);
      String result =
          "{\"lines\":1,\"imported\":1,\"skipped\":0,\"failed\":0,\"relations\":0,"
              + "\"errors\":[]}";
      try (ScriptedServer server =
              new ScriptedServer(
                  Reply.of(503, "{}"), Reply.of(200, result), Reply.of(200, result));
          Engram engram = client(server)) {
        assertThat(engram.async().importMemories(file).join().imported()).isEqualTo(1);
        assertThat(engram.importMemories(file).imported()).isEqualTo(1);

        assertThat(server.received())
            .hasSize(3)
            .allSatisfy(
                r -> {
                  assertThat(r.uri()).isEqualTo("/v1/import");
                  assertThat(r.header("Content-Type")).isEqualTo("application/x-ndjson");
                  assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(text.length()));
                  assertThat(r.body()).isEqualTo(text.toString());
                });
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void anImportOfAMissingFileFailsBeforeAnyRequest() throws IOException {
    Path missing = Path.of(System.getProperty("java.io.tmpdir"), "engram-no-such-import.ndjson");
    try (ScriptedServer server = new ScriptedServer();
        Engram engram = client(server)) {
      assertThatThrownBy(() -> engram.importMemories(missing))
          .isInstanceOf(java.io.UncheckedIOException.class)
          .hasMessageContaining(missing.toString());
      assertThat(engram.async().importMemories(missing))
          .isCompletedExceptionally()
          .failsWithin(Duration.ZERO)
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .withCauseInstanceOf(java.io.UncheckedIOException.class);
      assertThat(server.received()).isEmpty();
    }
  }

  @Test
  void retriesA503AndReturnsTheAnswerThatFollows() throws IOException {
    try (ScriptedServer server =
            new ScriptedServer(Reply.of(503, "{}"), Reply.of(503, "{}"), Reply.of(200, MEMORY));
        Engram engram = client(server)) {
      Memory memory = engram.getMemory("m1");

      assertThat(memory.content()).isEqualTo("User prefers tea");
      assertThat(memory.tags()).containsExactly("drinks");
      assertThat(memory.sessionId()).isEmpty();
      assertThat(memory.createdAt()).contains(Instant.parse("2026-12-01T10:00:00.123456Z"));
      assertThat(server.received()).hasSize(3);
      assertThat(pause.waits)
          .hasSize(2)
          .allSatisfy(w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofMillis(500)));
      assertThat(engram.getConnectionPoolStats().retries()).isEqualTo(2);
    }
  }

  @Test
  void waitsTheSecondsRetryAfterAsks() throws IOException {
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(429, "{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}")
                    .header("Retry-After", "7"),
                Reply.of(200, MEMORY));
        Engram engram = client(server)) {
      engram.getMemory("m1");

      assertThat(pause.waits).containsExactly(Duration.ofSeconds(7));
    }
  }

  @Test
  void waitsUntilTheHttpDateRetryAfterNames() throws IOException {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(NOW.plusSeconds(12), ZoneOffset.UTC));
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(503, "{}").header("Retry-After", date), Reply.of(200, MEMORY));
        Engram engram = client(server)) {
      engram.getMemory("m1");

      assertThat(pause.waits).containsExactly(Duration.ofSeconds(12));
    }
  }

  @Test
  void aRetryAfterLongerThanTheLimitIsThrownAtOnceWithItsWait() throws IOException {
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(
                        429,
                        "{\"error\":{\"code\":\"quota_exceeded\",\"message\":\"daily quota\"}}")
                    .header("Retry-After", "3600")
                    .header("X-Request-Id", "req-9"));
        Engram engram = client(server)) {
      assertThatThrownBy(() -> engram.getMemory("m1"))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> {
                assertThat(e.status()).isEqualTo(429);
                assertThat(e.code()).contains("quota_exceeded");
                assertThat(e.retryAfter()).contains(Duration.ofHours(1));
                assertThat(e.requestId()).contains("req-9");
              });
      assertThat(server.received()).hasSize(1);
      assertThat(pause.waits).isEmpty();
    }
  }

  @Test
  void givesUpAfterMaxRetriesWithAServerError() throws IOException {
    try (ScriptedServer server = new ScriptedServer();
        Engram engram = client(server)) {
      assertThatThrownBy(() -> engram.getMemory("m1"))
          .isInstanceOfSatisfying(
              ServerException.class,
              e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.code()).contains("script_exhausted");
              });
      assertThat(server.received()).hasSize(1 + RetryPolicy.DEFAULT.maxRetries());
    }
  }

  @Test
  void anIdempotentWriteIsRetriedWithTheSameKeyAfterA500() throws IOException {
    try (ScriptedServer server = new ScriptedServer(Reply.of(500, "{}"), Reply.of(201, ADDED));
        Engram engram = client(server)) {
      AddResult added = engram.createMemory("User prefers tea", "ana");

      assertThat(added.ids()).containsExactly("m1");
      assertThat(added.results().get(0).action()).isEqualTo("add");
      List<ScriptedServer.Received> received = server.received();
      assertThat(received).hasSize(2);
      assertThat(received.get(0).header("Idempotency-Key"))
          .isNotBlank()
          .isEqualTo(received.get(1).header("Idempotency-Key"));
      assertThat(received.get(0).body())
          .contains("\"content\":\"User prefers tea\"")
          .contains("\"user_id\":\"ana\"");
    }
  }

  @Test
  void aWriteWithoutIdempotencyIsNotRepeatedAfterA500() throws IOException {
    try (ScriptedServer server = new ScriptedServer(Reply.of(500, "{}"), Reply.of(201, "{}"));
        Engram engram = client(server)) {
      assertThatThrownBy(() -> engram.relateMemories("m1", "m2", "related_to"))
          .isInstanceOf(ServerException.class);
      assertThat(server.received()).hasSize(1);
    }
  }

  @Test
  void errorsCarryTheApisCodeFieldAndRequestId() throws IOException {
    String invalid =
        "{\"error\":{\"code\":\"invalid_field\",\"message\":\"importance must be 1 to 10\","
            + "\"field\":\"importance\",\"request_id\":\"req-1\"}}";
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(400, invalid),
                Reply.of(404, "{\"error\":{\"code\":\"memory_not_found\",\"message\":\"no\"}}"),
                Reply.of(401, "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"bad\"}}"),
                Reply.of(403, "{\"error\":{\"code\":\"missing_scope\",\"message\":\"admin\"}}"),
                Reply.of(409, "{\"error\":{\"code\":\"version_conflict\",\"message\":\"v\"}}"),
                new Reply(502, Map.of("Content-Type", "text/plain"), "Bad Gateway", 0),
                Reply.of(404, "{\"error\":{\"code\":\"memory_not_found\",\"message\":\"no\"}}"));
        Engram engram = client(server.url(), Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> engram.createMemory(NewMemory.of("x").userId("ana").importance(42)))
          .isInstanceOfSatisfying(
              BadRequestException.class,
              e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.code()).contains("invalid_field");
                assertThat(e.field()).contains("importance");
                assertThat(e.requestId()).contains("req-1");
                assertThat(e.getMessage()).isEqualTo("importance must be 1 to 10");
                assertThat(e.toString()).contains("(field: importance)", "[request req-1]");
              });
      assertThatThrownBy(() -> engram.getMemory("m1")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> engram.whoami()).isInstanceOf(AuthenticationException.class);
      assertThatThrownBy(() -> engram.exportMemories())
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(
              () ->
                  engram.updateMemory("m1", MemoryUpdate.create().content("y").expectedVersion(1)))
          .isInstanceOf(ConflictException.class);
      // a 502 of a write that is not repeatable, with a plain-text body
      assertThatThrownBy(() -> engram.relateMemories("m1", "m2", "related_to"))
          .isInstanceOfSatisfying(
              ServerException.class,
              e -> {
                assertThat(e.status()).isEqualTo(502);
                assertThat(e.code()).isEmpty();
                assertThat(e.getMessage()).isEqualTo("Bad Gateway");
              });
      assertThat(engram.findMemory("m1")).isEmpty();
    }
  }

  @Test
  void aReadThatTimesOutIsRetriedThenThrowsATimeout() throws IOException {
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(200, MEMORY).delayed(1500),
                Reply.of(200, MEMORY).delayed(1500),
                Reply.of(200, MEMORY).delayed(1500),
                Reply.of(200, MEMORY).delayed(1500));
        Engram engram = client(server.url(), Duration.ofMillis(200))) {
      assertThatThrownBy(() -> engram.getMemory("m1"))
          .isInstanceOf(EngramTimeoutException.class)
          .hasMessageContaining("timed out");
      assertThat(pause.waits).hasSize(RetryPolicy.DEFAULT.maxRetries());
    }
  }

  @Test
  void aReadThatTimedOutOnceSucceedsOnTheRetry() throws IOException {
    try (ScriptedServer server =
            new ScriptedServer(Reply.of(200, MEMORY).delayed(1500), Reply.of(200, MEMORY));
        Engram engram = client(server.url(), Duration.ofMillis(300))) {
      assertThat(engram.getMemory("m1").id()).isEqualTo("m1");
      assertThat(pause.waits).hasSize(1);
    }
  }

  @Test
  void aServerThatIsNotListeningIsRetriedThenAConnectionError() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (Engram engram = client("http://127.0.0.1:" + port, Duration.ofSeconds(2))) {
      assertThatThrownBy(() -> engram.health())
          .isInstanceOf(EngramConnectionException.class)
          .hasMessageContaining("could not reach Engram");
      assertThat(pause.waits).hasSize(RetryPolicy.DEFAULT.maxRetries());
      assertThat(engram.warmUp()).isFalse();
    }
  }

  @Test
  void theAsyncVariantRetriesAndFailsWithTheSameTypedErrors() throws IOException {
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(503, "{}").header("Retry-After", "1"),
                Reply.of(200, MEMORY),
                Reply.of(404, "{\"error\":{\"code\":\"memory_not_found\",\"message\":\"gone\"}}"));
        Engram engram = client(server)) {
      assertThat(engram.async().getMemory("m1").join().content()).isEqualTo("User prefers tea");
      assertThat(pause.waits).containsExactly(Duration.ofSeconds(1));

      assertThatThrownBy(() -> engram.async().getMemory("m2").join())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.code()).contains("memory_not_found"));
    }
  }

  @Test
  void sendsTheKeyTheUserAgentAndAnEscapedPath() throws IOException {
    try (ScriptedServer server = new ScriptedServer(Reply.of(200, MEMORY));
        Engram engram = client(server)) {
      engram.getMemory("a b/c");

      ScriptedServer.Received request = server.received().get(0);
      assertThat(request.uri()).isEqualTo("/v1/memories/a%20b%2Fc");
      assertThat(request.header("Authorization")).isEqualTo("Bearer eng_test");
      assertThat(request.header("User-Agent")).isEqualTo("engram-java/" + Engram.VERSION);
    }
  }

  @Test
  void noRetryPolicyMakesOneAttempt() throws IOException {
    try (ScriptedServer server = new ScriptedServer(Reply.of(503, "{}"), Reply.of(200, MEMORY));
        Engram engram =
            Engram.builder(Map.of())
                .baseUrl(server.url())
                .retry(RetryPolicy.NONE)
                .pause(pause)
                .build()) {
      assertThatThrownBy(() -> engram.getMemory("m1")).isInstanceOf(ServerException.class);
      assertThat(server.received()).hasSize(1);
    }
  }

  @Test
  void exportToStreamsTheAnswerIntoTheFileAfterARetry() throws IOException {
    String ndjson = ndjson(3_000);
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(503, "{}").header("Retry-After", "1"), Reply.of(200, ndjson));
        Engram engram = client(server)) {
      Path file = temporary.resolve("export.ndjson");
      long written = engram.exportTo(file);

      assertThat(written).isEqualTo(ndjson.getBytes(StandardCharsets.UTF_8).length);
      assertThat(Files.readString(file)).isEqualTo(ndjson);
      assertThat(file.resolveSibling("export.ndjson.part")).doesNotExist();
      assertThat(pause.waits).containsExactly(Duration.ofSeconds(1));
      assertThat(server.received())
          .extracting(ScriptedServer.Received::uri)
          .containsOnly("/v1/export");
      assertThat(server.received().get(1).header("Accept")).isEqualTo("application/x-ndjson");
    }
  }

  @Test
  void aRefusedExportLeavesNoFileAndThrowsTheTypedError() throws IOException {
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(403, "{\"error\":{\"code\":\"forbidden\",\"message\":\"admin scope\"}}"));
        Engram engram = client(server)) {
      Path file = temporary.resolve("export.ndjson");
      assertThatThrownBy(() -> engram.exportTo(file))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class, e -> assertThat(e.code()).contains("forbidden"));
      assertThat(file).doesNotExist();
      assertThat(file.resolveSibling("export.ndjson.part")).doesNotExist();
    }
  }

  @Test
  void theAsyncExportStreamsToAStreamAndAFile() throws IOException {
    String ndjson = ndjson(2_000);
    try (ScriptedServer server =
            new ScriptedServer(Reply.of(200, ndjson), Reply.of(500, "{}"), Reply.of(200, ndjson));
        Engram engram = client(server)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(engram.async().exportTo(out).join()).isEqualTo((long) out.size());
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ndjson);

      Path file = temporary.resolve("async.ndjson");
      assertThat(engram.async().exportTo(file).join()).isEqualTo((long) out.size());
      assertThat(Files.readString(file)).isEqualTo(ndjson);
      assertThat(pause.waits).hasSize(1);
    }
  }

  @Test
  void theAsyncBatcherSendsFullBatchesInOrderAndFlushesTheRest() throws IOException {
    String queued = "{\"task_id\":\"task_%d\",\"status\":\"queued\"}";
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(202, queued.formatted(1)),
                Reply.of(202, queued.formatted(2)),
                Reply.of(202, queued.formatted(3)));
        Engram engram = client(server)) {
      AsyncMemoryBatcher batcher = engram.async().batcher("ana", "s1", 2);
      List<java.util.concurrent.CompletableFuture<dev.engram.sdk.model.Queued>> sent =
          new java.util.ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        batcher.add("user", "message " + i).ifPresent(sent::add);
      }
      assertThat(sent).hasSize(2);
      assertThat(batcher.pending()).isEqualTo(1);
      batcher.flush().ifPresent(sent::add);
      assertThat(sent.stream().map(f -> f.join().taskId()))
          .containsExactly("task_1", "task_2", "task_3");
      assertThat(batcher.pending()).isZero();

      List<ScriptedServer.Received> received = server.received();
      assertThat(received)
          .extracting(ScriptedServer.Received::uri)
          .containsOnly("/v1/conversations");
      assertThat(received.get(0).body())
          .contains("message 1")
          .contains("message 2")
          .doesNotContain("message 3");
      assertThat(received.get(1).body()).contains("message 3").contains("message 4");
      assertThat(received.get(2).body()).contains("message 5").contains("\"partial\":true");
      assertThat(received.get(0).body())
          .contains("\"user_id\":\"ana\"")
          .contains("\"session_id\":\"s1\"");
    }
  }

  @Test
  void theAsyncAnalyticsCallTheSameRoutes() throws IOException {
    try (ScriptedServer server =
            new ScriptedServer(
                Reply.of(200, "{\"domain\":\"memory\"}"), Reply.of(200, "{\"ids\":[\"e1\"]}"));
        Engram engram = client(server)) {
      assertThat(engram.async().analytics().metrics("memory", 7).join().path("domain").asText())
          .isEqualTo("memory");
      assertThat(
              engram
                  .async()
                  .analytics()
                  .recordLearningEvents(List.of(Map.of("event_type", "retrieval")))
                  .join()
                  .path("ids"))
          .hasSize(1);
      assertThat(server.received())
          .extracting(ScriptedServer.Received::uri)
          .containsExactly("/v1/analytics/metrics/memory?days=7", "/v1/learning/events");
    }
  }

  private static String ndjson(int lines) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      out.append("{\"kind\":\"memory\",\"id\":\"mem_")
          .append(i)
          .append("\",\"content\":\"User fact number ")
          .append(i)
          .append("\"}\n");
    }
    return out.toString();
  }

  @Test
  void retryAfterReadsSecondsDatesAndNothingElse() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    assertThat(RetryAfter.parse("3", clock)).contains(Duration.ofSeconds(3));
    assertThat(RetryAfter.parse("0.5", clock)).contains(Duration.ofMillis(500));
    assertThat(RetryAfter.parse("Thu, 03 Dec 2026 08:00:30 GMT", clock))
        .contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Thu, 03 Dec 2026 07:00:00 GMT", clock)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
  }
}
