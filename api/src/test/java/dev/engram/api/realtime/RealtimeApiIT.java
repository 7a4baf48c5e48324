package dev.engram.api.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.realtime.RealtimeGateway;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway inside the API's process ({@code ./engram run}): tickets from the API, memory writes,
 * learning events and task completions pushed to a live WebSocket, revocation and app deletion
 * through the console closing it, /health and /prometheus.
 */
@MicronautTest(transactional = false)
class RealtimeApiIT extends ApiTestSupport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(15);

  @Inject RealtimeGateway gateway;
  private String root;
  private String org;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
    org = createOrg(root, unique("rt-org"));
  }

  private String ticket(String key) {
    Http.Response response = http.post("/v1/realtime/tickets", "", Http.bearer(key));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.text("ticket")).startsWith("rtt_");
    assertThat(((Number) response.at("expires_in")).longValue()).isBetween(1L, 60L);
    return response.text("ticket");
  }

  private Client identify(String key, String service, String... topics) {
    Client client = Client.open("ws://127.0.0.1:" + gateway.port() + "/ws?ticket=" + ticket(key));
    assertThat(client.next("ready").path("app_id").asText()).startsWith("app_");
    client.send(Map.of("type", "identify", "service_id", service));
    client.next("identified");
    client.send(Map.of("type", "subscribe", "topics", List.of(topics)));
    client.next("subscribed");
    return client;
  }

  @Test
  void memoryWritesLearningEventsAndTasksReachASubscribedService() {
    String app = createApp(root, org, unique("rt-app"));
    String key =
        createKeySecret(
            root,
            app,
            List.of("memories:read", "memories:write", "analytics:read", "analytics:write"));
    try (Client client = identify(key, "crm", "memory", "learning", "tasks")) {
      Http.Response stored =
          http.post(
              "/v1/memories",
              http.toJson(Map.of("user_id", "alice", "content", "Alice prefers express shipping")),
              Http.bearer(key));
      assertThat(stored.status()).as(stored.body()).isEqualTo(201);
      String memoryId = ((List<?>) stored.at("ids")).get(0).toString();
      JsonNode added = client.nextEvent();
      assertThat(added.path("type").asText()).isEqualTo("memory.add");
      assertThat(added.path("ids").path("memory_id").asText()).isEqualTo(memoryId);
      assertThat(added.path("ids").path("user_id").asText()).isEqualTo("alice");
      assertThat(added.path("payload").path("content").asText()).contains("express shipping");

      Http.Response again =
          http.post(
              "/v1/memories",
              http.toJson(Map.of("user_id", "alice", "content", "Alice prefers express shipping")),
              Http.bearer(key));
      assertThat(again.status()).as(again.body()).isEqualTo(201);
      assertThat(client.nextEvent().path("type").asText()).isEqualTo("memory.reinforce");

      Http.Response learning =
          http.post(
              "/v1/learning/events",
              http.toJson(
                  Map.of("event_type", "feedback", "domain", "shipping", "user_id", "alice")),
              Http.bearer(key));
      assertThat(learning.status()).as(learning.body()).isEqualTo(201);
      JsonNode learned = client.nextEvent();
      assertThat(learned.path("type").asText()).isEqualTo("learning.feedback");
      assertThat(learned.path("payload").path("domain").asText()).isEqualTo("shipping");

      Http.Response conversation =
          http.post(
              "/v1/conversations",
              http.toJson(
                  Map.of(
                      "user_id",
                      "bob",
                      "partial",
                      true,
                      "messages",
                      List.of(Map.of("role", "user", "content", "I live in Lisbon")))),
              Http.bearer(key));
      assertThat(conversation.status()).as(conversation.body()).isEqualTo(202);
      String taskId = conversation.text("task_id");
      JsonNode finished = client.nextEventOfType("task.succeeded");
      assertThat(finished.path("ids").path("task_id").asText()).isEqualTo(taskId);
    }
  }

  @Test
  void insightsThatAppearAreAnnounced() {
    String app = createApp(root, org, unique("rt-insights"));
    String key = createKeySecret(root, app, List.of("analytics:read", "analytics:write"));
    try (Client client = identify(key, "analyst", "insights")) {
      List<Map<String, Object>> wrong =
          java.util.Collections.nCopies(
              25,
              Map.of(
                  "event_type",
                  "feedback",
                  "domain",
                  "legal",
                  "feedback",
                  Map.of("correct", false)));
      Http.Response recorded =
          http.post("/v1/learning/events", http.toJson(Map.of("events", wrong)), Http.bearer(key));
      assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
      JsonNode insight = client.nextEventOfType("insight.opportunity");
      assertThat(insight.path("topic").asText()).isEqualTo("insights");
      assertThat(insight.path("payload").path("domain").asText()).isIn("legal", "all");
    }
  }

  @Test
  void revokingTheKeyInTheConsoleClosesItsLiveConnection() {
    String app = createApp(root, org, unique("rt-revoke"));
    Http.Response issued = createKey(root, app, List.of("memories:read"));
    String keyId = issued.text("api_key.id");
    try (Client client = identify(issued.text("key"), "watcher", "memory")) {
      Http.Response revoked =
          http.post("/admin/v1/keys/" + keyId + "/revoke", "", Http.bearer(root));
      assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
      assertThat(client.next("error").path("code").asText()).isEqualTo("api_key_revoked");
      assertThat(client.awaitClose()).isEqualTo(4401);
    }
    assertThat(http.post("/v1/realtime/tickets", "", Http.bearer(issued.text("key"))).status())
        .isEqualTo(401);
  }

  @Test
  void deletingTheAppClosesItsConnectionsAndForgetsItsQueues() {
    String app = createApp(root, org, unique("rt-delete"));
    String key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    try (Client client = identify(key, "doomed", "memory")) {
      http.post(
          "/v1/memories",
          http.toJson(Map.of("user_id", "u", "content", "Something to queue")),
          Http.bearer(key));
      // received but not acknowledged: it stays queued until the app goes
      client.next("sync");
      assertThat(gateway.queuedEvents()).isPositive();
      Http.Response deleted = http.delete("/admin/v1/apps/" + app, Http.bearer(root));
      assertThat(deleted.status()).as(deleted.body()).isIn(200, 202, 204);
      assertThat(client.next("error").path("code").asText()).isIn("app_deleted", "api_key_revoked");
      assertThat(client.awaitClose()).isIn(4404, 4401);
    }
  }

  @Test
  void healthAndPrometheusReportTheGateway() {
    Http.Response health = http.get("/health", operator());
    assertThat(health.text("details.realtime.status")).isEqualTo("UP");
    assertThat(health.text("details.realtime.details.bus")).isEqualTo("in-process");
    Http.Response metrics = http.get("/prometheus", operator());
    assertThat(metrics.body()).contains("realtime_connections", "realtime_queue_depth");
  }

  /** The JDK's WebSocket client, collecting frames. */
  static final class Client implements WebSocket.Listener, AutoCloseable {
    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final LinkedBlockingQueue<JsonNode> pending = new LinkedBlockingQueue<>();
    private WebSocket socket;

    static Client open(String url) {
      Client client = new Client();
      client.socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(URI.create(url), client)
              .join();
      return client;
    }

    void send(Object frame) {
      try {
        socket.sendText(JSON.writeValueAsString(frame), true).join();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    JsonNode next(String type) {
      while (true) {
        JsonNode frame;
        try {
          frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        assertThat(frame).as("a '%s' frame", type).isNotNull();
        if (frame.path("type").asText().equals(type)) {
          return frame;
        }
        if (frame.path("type").asText().equals("sync")) {
          frame.path("events").forEach(pending::add);
        }
      }
    }

    /** The next sync event, acknowledged. */
    JsonNode nextEvent() {
      if (pending.isEmpty()) {
        next("sync").path("events").forEach(pending::add);
      }
      JsonNode event = pending.poll();
      send(Map.of("type", "ack", "seq", event.path("seq").asLong()));
      return event;
    }

    JsonNode nextEventOfType(String type) {
      while (true) {
        JsonNode event = nextEvent();
        if (event.path("type").asText().equals(type)) {
          return event;
        }
      }
    }

    int awaitClose() {
      return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          frames.add(JSON.readTree(partial.toString()));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(-1);
    }

    @Override
    public void close() {
      socket.abort();
    }
  }
}
