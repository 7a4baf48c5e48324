package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The restart part of {@code ./engram bench realtime}: an identified service that acknowledges
 * every sync event it gets (its durable queue is what survives), a second service publishing
 * numbered events at a steady rate, and, halfway, a graceful restart of the server process (API and
 * gateway) on the same data directory and ports. Both services reconnect as real ones do; the
 * publisher sends an event again until the gateway confirms it ({@code published}). Counted: events
 * confirmed, events the subscriber never received ({@code lost}), and events it received more than
 * once ({@code redelivered}: sent again because their acknowledgement did not reach the gateway
 * before it stopped, or published twice because a confirmation was lost).
 */
final class RealtimeRestartProbe {
  private static final ObjectMapper JSON = Json.mapper();
  private static final String TOPIC = "custom:restart";
  private static final long CONFIRM_TIMEOUT_MS = 5000;
  private static final long RECONNECT_DEADLINE_MS = 180_000;

  private final HttpClient http = HttpClient.newHttpClient();
  private final BenchServer server;
  private final Set<Long> received = ConcurrentHashMap.newKeySet();
  private final AtomicLong deliveries = new AtomicLong();
  private volatile WebSocket subscriber;

  private final boolean kill;

  private RealtimeRestartProbe(BenchServer server, boolean kill) {
    this.server = server;
    this.kill = kill;
  }

  /**
   * Runs the probe with {@code events} events at {@code rate} per second, the server stopped with
   * SIGTERM (graceful) or, with {@code kill}, SIGKILL (a crash); returns its figures.
   */
  static Map<String, Object> run(BenchServer server, int events, int rate, boolean kill)
      throws Exception {
    return new RealtimeRestartProbe(server, kill).measure(events, rate);
  }

  private Map<String, Object> measure(int events, int rate) throws Exception {
    subscriber = subscribe();
    Publisher publisher = new Publisher();
    publisher.connect();
    long retried = 0;
    CompletableFuture<Long> restart = null;
    CompletableFuture<Void> resubscribed = CompletableFuture.completedFuture(null);
    long started = System.nanoTime();
    for (long n = 0; n < events; n++) {
      long due = started + n * 1_000_000_000L / rate;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      if (n == events / 2) {
        // the restart runs while the publisher keeps going: its sends fail and are retried
        restart = CompletableFuture.supplyAsync(this::restartServer);
        resubscribed = restart.thenAcceptAsync(ms -> subscriber = subscribe());
      }
      while (!publisher.publish(n)) {
        retried++;
        publisher.reconnect();
      }
    }
    long downtime = restart == null ? -1 : restart.join();
    resubscribed.join();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (received.size() < events && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    subscriber.abort();
    publisher.socket.abort();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("restart_signal", kill ? "SIGKILL" : "SIGTERM");
    out.put("restart_events_published", events);
    out.put("restart_publish_retries", retried);
    out.put("restart_downtime_ms", downtime);
    // a stop that outlasts BenchServer.STOP_WAIT_S is a kill: a crash, not a graceful restart
    out.put("restart_graceful", server.lastStopGraceful());
    out.put("restart_received", received.size());
    out.put("restart_lost", events - received.size());
    out.put("restart_redelivered", deliveries.get() - received.size());
    return out;
  }

  private long restartServer() {
    try {
      return server.restart(kill);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Connects (retrying while the server is down or going), identifies and subscribes the acker. */
  private WebSocket subscribe() {
    long deadline = System.currentTimeMillis() + RECONNECT_DEADLINE_MS;
    while (true) {
      try {
        return subscribeOnce();
      } catch (java.util.concurrent.CompletionException | IllegalStateException e) {
        if (System.currentTimeMillis() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(interrupted);
        }
      }
    }
  }

  private WebSocket subscribeOnce() {
    try {
      LinkedBlockingQueue<JsonNode> control = new LinkedBlockingQueue<>();
      WebSocket socket = connect(new Frames(control, true));
      socket.sendText("{\"type\":\"identify\",\"serviceId\":\"bench-acker\"}", true).join();
      awaitFrame(control, "identified");
      socket.sendText("{\"type\":\"subscribe\",\"topics\":[\"" + TOPIC + "\"]}", true).join();
      awaitFrame(control, "subscribed");
      return socket;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private WebSocket connect(WebSocket.Listener listener) throws InterruptedException {
    long deadline = System.currentTimeMillis() + RECONNECT_DEADLINE_MS;
    while (true) {
      try {
        return http.newWebSocketBuilder()
            .header("Authorization", "Bearer " + server.apiKey())
            .buildAsync(URI.create("ws://127.0.0.1:" + server.realtimePort() + "/ws"), listener)
            .get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        if (System.currentTimeMillis() > deadline) {
          throw new IllegalStateException("the gateway did not come back: " + e.getMessage(), e);
        }
        Thread.sleep(200);
      }
    }
  }

  private static JsonNode awaitFrame(LinkedBlockingQueue<JsonNode> frames, String type)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + CONFIRM_TIMEOUT_MS;
    while (System.currentTimeMillis() < deadline) {
      JsonNode frame = frames.poll(deadline - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
      if (frame != null && frame.path("type").asText().equals(type)) {
        return frame;
      }
    }
    return null;
  }

  /** Frames of one socket: sync events counted and acknowledged; the rest queued. */
  private final class Frames implements WebSocket.Listener {
    private final LinkedBlockingQueue<JsonNode> control;
    private final boolean acker;
    private final StringBuilder partial = new StringBuilder();
    // the JDK's WebSocket takes one send at a time: acknowledgements are chained
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    Frames(LinkedBlockingQueue<JsonNode> control, boolean acker) {
      this.control = control;
      this.acker = acker;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode frame = JSON.readTree(partial.toString());
          if (acker && frame.path("type").asText().equals("sync")) {
            long top = 0;
            for (JsonNode event : frame.path("events")) {
              deliveries.incrementAndGet();
              received.add(event.path("payload").path("n").asLong());
              top = Math.max(top, event.path("seq").asLong());
            }
            String ack = "{\"type\":\"ack\",\"seq\":" + top + "}";
            sending = sending.exceptionally(e -> null).thenCompose(v -> ws.sendText(ack, true));
          } else {
            control.add(frame);
          }
        } catch (IOException e) {
          // not JSON: ignored
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }

  /** A service that publishes numbered events and waits for each confirmation. */
  private final class Publisher {
    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private WebSocket socket;

    void connect() throws InterruptedException {
      frames.clear();
      socket = RealtimeRestartProbe.this.connect(new Frames(frames, false));
      socket
          .sendText("{\"type\":\"identify\",\"serviceId\":\"bench-restart-publisher\"}", true)
          .join();
      if (awaitFrame(frames, "identified") == null) {
        throw new IllegalStateException("the publisher was not identified");
      }
    }

    /**
     * Connects again; a gateway that is still shutting down may accept the connection and close it
     * before the identify frame gets out, so that is retried until the gateway is back.
     */
    void reconnect() throws InterruptedException {
      socket.abort();
      long deadline = System.currentTimeMillis() + RECONNECT_DEADLINE_MS;
      while (true) {
        try {
          connect();
          return;
        } catch (java.util.concurrent.CompletionException | IllegalStateException e) {
          if (System.currentTimeMillis() > deadline) {
            throw e;
          }
          socket.abort();
          Thread.sleep(200);
        }
      }
    }

    /** True once the gateway confirmed the event; false when the send or the wait failed. */
    boolean publish(long n) throws InterruptedException {
      try {
        socket
            .sendText(
                "{\"type\":\"publish\",\"topic\":\"" + TOPIC + "\",\"payload\":{\"n\":" + n + "}}",
                true)
            .get(CONFIRM_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        return false;
      }
      return awaitFrame(frames, "published") != null;
    }
  }
}
