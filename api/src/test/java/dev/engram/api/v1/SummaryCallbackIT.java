package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.CallbackReceiver;
import dev.engram.api.testing.Http;
import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Summaries delivered by callback to a real local HTTP server, with private networks allowed in
 * this test's configuration (the guard refuses loopback otherwise: see {@link SummariesApiIT}).
 */
@MicronautTest(transactional = false)
class SummaryCallbackIT extends ApiTestSupport {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private String writer;
  private String otherApp;
  private CallbackReceiver receiver;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("engram.callbacks.allow-private-networks", "true");
    properties.put("engram.callbacks.backoff", "20ms");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String orgId = createOrg(root, unique("cb-org"));
    String appId = createApp(root, orgId, "callbacks");
    writer = createKeySecret(root, appId, List.of("memories:read", "memories:write"));
    otherApp =
        createKeySecret(
            root, createApp(root, orgId, "other"), List.of("memories:read", "memories:write"));
  }

  @BeforeEach
  void receive() {
    receiver = new CallbackReceiver();
  }

  @AfterEach
  void stopReceiving() {
    receiver.close();
  }

  private String accept(String callbackUrl) {
    Map<String, Object> body = new HashMap<>();
    body.put("user_id", "caroline");
    body.put("session_id", "s-7");
    body.put(
        "messages",
        List.of(
            Map.of("role", "user", "content", "Hi! I moved to Lisbon in March.", "id", "a1"),
            Map.of("role", "assistant", "content", "Noted, I updated your address.", "id", "a2"),
            Map.of(
                "role",
                "user",
                "content",
                "I prefer express shipping because I travel a lot for work.",
                "id",
                "a3")));
    body.put("callback_url", callbackUrl);
    body.put("callback_headers", Map.of("X-Signature", "sig-123"));
    Http.Response response = http.post("/v1/summaries", http.toJson(body), Http.bearer(writer));
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    assertThat(response.text("status")).isEqualTo("accepted");
    assertThat(response.text("task_id")).startsWith("task_");
    return response.text("task_id");
  }

  /** The task as {@code GET /v1/tasks/{id}} shows it, once finished. */
  private Http.Response finished(String taskId) {
    Http.Response[] task = new Http.Response[1];
    await(
        () -> {
          task[0] = http.get("/v1/tasks/" + taskId, Http.bearer(writer));
          assertThat(task[0].status()).as(task[0].body()).isEqualTo(200);
          return task[0].at("finished_at") != null;
        });
    assertThat(task[0].text("kind")).isEqualTo("summary");
    return task[0];
  }

  private static void await(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("condition within %s", WAIT).isBefore(deadline);
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }

  @Test
  void deliversTheFullSummaryOnTheThirdAttemptAfterTwoServerErrors() {
    receiver.answer(500, 500, 200);

    String taskId = accept(receiver.url("/hooks/summary"));

    CallbackReceiver.Received first = receiver.next(WAIT);
    CallbackReceiver.Received second = receiver.next(WAIT);
    CallbackReceiver.Received third = receiver.next(WAIT);
    assertThat(List.of(first, second, third)).doesNotContainNull();
    assertThat(third.path()).isEqualTo("/hooks/summary");
    assertThat(third.header("X-Signature")).isEqualTo("sig-123");
    assertThat(third.header("Content-Type")).isEqualTo("application/json");
    Map<String, Object> payload = readJson(third.body());
    assertThat(payload)
        .containsEntry("task_id", taskId)
        .containsEntry("user_id", "caroline")
        .containsEntry("session_id", "s-7")
        .containsEntry("engine", "rules")
        .containsEntry("delivery", "callback");
    assertThat((String) payload.get("content"))
        .contains("Lisbon")
        .contains("express shipping")
        .doesNotContain("Hi!");
    assertThat((List<Object>) payload.get("message_ids")).contains("a1", "a3");
    assertThat(first.body()).isEqualTo(third.body());

    Http.Response task = finished(taskId);
    assertThat(task.text("status")).isEqualTo("succeeded");
    assertThat(task.at("result.delivered")).isEqualTo(true);
    assertThat(task.text("result.attempts")).isEqualTo("3");
    assertThat(task.text("result.last_status")).isEqualTo("200");
    assertThat(receiver.pending()).isZero();
  }

  @Test
  void givesUpAfterThreeFailedAttempts() {
    receiver.answer(500, 503, 502, 200);

    String taskId = accept(receiver.url("/hooks/summary"));

    Http.Response task = finished(taskId);
    assertThat(task.text("status")).isEqualTo("failed");
    assertThat(task.text("result.attempts")).isEqualTo("3");
    assertThat(task.text("result.last_status")).isEqualTo("502");
    assertThat(task.text("result.error")).contains("gave up after 3 attempts");
    assertThat(task.text("errors")).contains("gave up after 3 attempts");
    for (int i = 0; i < 3; i++) {
      assertThat(receiver.next(WAIT)).isNotNull();
    }
    assertThat(receiver.pending()).isZero();
  }

  @Test
  void givesUpAtOnceWhenTheReceiverRefusesTheRequest() {
    receiver.answer(401, 200);

    String taskId = accept(receiver.url("/hooks/summary"));

    Http.Response task = finished(taskId);
    assertThat(task.text("status")).isEqualTo("failed");
    assertThat(task.text("result.attempts")).isEqualTo("1");
    assertThat(task.text("result.last_status")).isEqualTo("401");
    assertThat(receiver.next(WAIT)).isNotNull();
    assertThat(receiver.pending()).isZero();
  }

  @Test
  void aTaskIsOnlyVisibleToItsApp() {
    String taskId = accept(receiver.url("/hooks/summary"));

    finished(taskId);
    Http.Response other = http.get("/v1/tasks/" + taskId, Http.bearer(otherApp));
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.text("error.code")).isEqualTo("task_not_found");
  }

  private Map<String, Object> readJson(String body) {
    try {
      return jsonMapper.readValue(body, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
