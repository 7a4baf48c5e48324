package dev.engram.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A real WebSocket client (the JDK's) that collects the frames it receives. */
final class WsClient implements WebSocket.Listener, AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final ArrayDeque<JsonNode> earlySyncs = new ArrayDeque<>();
  private WebSocket socket;

  static WsClient connect(int port, String key) {
    WsClient client = new WsClient();
    client.socket =
        HTTP.newWebSocketBuilder()
            .header("Authorization", "Bearer " + key)
            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), client)
            .join();
    assertThat(client.next().path("type").asText()).isEqualTo("ready");
    return client;
  }

  static WsClient connectUrl(String url) {
    WsClient client = new WsClient();
    client.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), client).join();
    return client;
  }

  /** Connects, identifies and subscribes; returns the {@code identified} frame's client. */
  static WsClient service(int port, String key, String serviceId, String... topics) {
    WsClient client = connect(port, key);
    client.send(
        "{\"type\":\"identify\",\"serviceId\":\""
            + serviceId
            + "\",\"capabilities\":[\"memory\"]}");
    JsonNode identified = client.next();
    assertThat(identified.path("type").asText()).isEqualTo("identified");
    client.identified = identified;
    if (topics.length > 0) {
      client.send("{\"type\":\"subscribe\",\"topics\":[\"" + String.join("\",\"", topics) + "\"]}");
      assertThat(client.nextOfType("subscribed").path("topics")).hasSize(topics.length);
    }
    return client;
  }

  JsonNode identified;

  void send(String text) {
    socket.sendText(text, true).join();
  }

  void ack(long seq) {
    send("{\"type\":\"ack\",\"seq\":" + seq + "}");
  }

  JsonNode next() {
    try {
      JsonNode frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(frame).as("a frame within " + WAIT).isNotNull();
      return frame;
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The next frame of this type, past heartbeats and pongs. Sync frames that arrive while another
   * type is awaited are kept for {@link #syncEvents}: a publisher subscribed to its own topic may
   * get the event before the {@code published} reply (that is sent once the event is queued).
   */
  JsonNode nextOfType(String type) {
    if (type.equals("sync") && !earlySyncs.isEmpty()) {
      return earlySyncs.poll();
    }
    while (true) {
      JsonNode frame = next();
      String got = frame.path("type").asText();
      if (got.equals(type)) {
        return frame;
      }
      if (got.equals("sync")) {
        earlySyncs.add(frame);
        continue;
      }
      assertThat(got).as("frame %s", frame).isIn("heartbeat", "pong");
    }
  }

  /** Sync events until {@code count} have arrived; each with its seq. */
  List<JsonNode> syncEvents(int count) {
    List<JsonNode> events = new ArrayList<>();
    while (events.size() < count) {
      nextOfType("sync").path("events").forEach(events::add);
    }
    return events;
  }

  int awaitClose() {
    return closeCode.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      try {
        frames.add(Json.read(partial.toString()));
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
    closeCode.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closeCode.complete(-1);
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
    }
    socket.abort();
  }
}
