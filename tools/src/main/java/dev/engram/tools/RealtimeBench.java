package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./engram bench realtime --connections N}: on a fresh server process, opens N idle
 * connections to the realtime gateway (half WebSocket, half SSE), then publishes events at a steady
 * rate from an identified service to three custom topics — one with 1 SSE subscriber, one with 100,
 * one with every SSE connection — and measures publish-to-receive latency on the client (publisher
 * and subscribers share this process's clock). Prints a table, writes JSON, and ends with {@code
 * connections=… publish_to_receive_p95_ms=… rss_mb=… kb_per_connection=… dropped=… restart_lost=…
 * restart_redelivered=…}; the last two come from {@link RealtimeRestartProbe} ({@code
 * --restart-events}, default 1,000 at {@code --restart-rate} 100/s; 0 skips it).
 */
public final class RealtimeBench {
  private static final ObjectMapper JSON = Json.mapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String key;
  private final ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
  private final AtomicLong received = new AtomicLong();
  private final List<InputStream> streams = Collections.synchronizedList(new ArrayList<>());
  private final List<WebSocket> sockets = Collections.synchronizedList(new ArrayList<>());

  private RealtimeBench(int port, String key) {
    this.port = port;
    this.key = key;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        ToolArgs.parse(
            args,
            Set.of(
                "connections",
                "rate",
                "seconds",
                "out",
                "home",
                "restart-events",
                "restart-rate",
                "restart-signal"));
    Map<String, Object> report = new LinkedHashMap<>();
    try (DataDirectory home = DataDirectory.of(o, "engram-bench-")) {
      run(home, o, report);
    }
    print(report, o);
    System.exit(0);
  }

  private static void run(DataDirectory home, Map<String, String> o, Map<String, Object> report)
      throws Exception {
    int connections = Integer.parseInt(o.getOrDefault("connections", "1000"));
    int rate = Integer.parseInt(o.getOrDefault("rate", "1000"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "10"));
    try (BenchServer server = BenchServer.start(home.path(), BenchServer.JVM_OPTIONS)) {
      RealtimeBench bench = new RealtimeBench(server.realtimePort(), server.apiKey());
      double rssBefore = server.rssMb();
      int sse = Math.max(1, connections / 2);
      int ws = connections - sse;
      Progress progress = new Progress("connect", connections);
      for (int i = 0; i < sse; i++) {
        bench.openSse(
            "custom:all" + (i < 100 ? ",custom:hundred" : "") + (i == 0 ? ",custom:one" : ""));
        progress.update(i + 1);
      }
      for (int i = 0; i < ws; i++) {
        bench.openIdleWebSocket();
        progress.update(sse + i + 1);
      }
      System.gc();
      Thread.sleep(
          2000); // let the server settle before reading its memory (a measurement, not sync)
      double rssConnected = server.rssMb();
      Publisher publisher = bench.publisher();
      String[] topics = {"custom:one", "custom:hundred", "custom:all"};
      long[] fanOut = {1, Math.min(100, sse), sse};
      long expected = 0;
      long total = (long) rate * seconds;
      long started = System.nanoTime();
      for (long n = 0; n < total; n++) {
        long due = started + n * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        int t = (int) (n % topics.length);
        publisher.publish(topics[t]);
        expected += fanOut[t];
      }
      double publishS = (System.nanoTime() - started) / 1e9;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (bench.received.get() < expected && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Percentiles p = new Percentiles(new ArrayList<>(bench.latencies));
      report.put("connections", connections);
      report.put("websocket", ws);
      report.put("sse", sse);
      report.put("events_published", total);
      report.put("publish_rate_per_s", total / publishS);
      report.put("deliveries_expected", expected);
      report.put("deliveries_received", bench.received.get());
      report.put("dropped", Math.max(0, expected - bench.received.get()));
      report.put("publish_to_receive_p50_ms", p.at(50));
      report.put("publish_to_receive_p95_ms", p.at(95));
      report.put("publish_to_receive_p99_ms", p.at(99));
      report.put("rss_idle_mb", rssBefore);
      report.put("rss_mb", server.rssMb());
      report.put("kb_per_connection", (rssConnected - rssBefore) * 1024 / connections);
      report.put("cores", Runtime.getRuntime().availableProcessors());
      int restartEvents = Integer.parseInt(o.getOrDefault("restart-events", "1000"));
      String signal = o.getOrDefault("restart-signal", "term");
      if (!signal.equals("term") && !signal.equals("kill")) {
        throw new IllegalArgumentException("--restart-signal is term or kill, not " + signal);
      }
      if (restartEvents > 0) {
        // the idle connections stay open through the restart: the gateway stops with them
        report.put("restart_connections_open", bench.openConnections());
        report.putAll(
            RealtimeRestartProbe.run(
                server,
                restartEvents,
                Integer.parseInt(o.getOrDefault("restart-rate", "100")),
                signal.equals("kill")));
      }
      bench.closeAll();
    }
  }

  private void openSse(String topics) throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/v1/stream/events?topics=" + topics))
                .header("Authorization", "Bearer " + key)
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("SSE refused: " + response.statusCode());
    }
    streams.add(response.body());
    Thread.ofVirtual().start(() -> read(response.body()));
  }

  private void read(InputStream body) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith("data:") && line.contains("\"sent\"")) {
          JsonNode event = JSON.readTree(line.substring(5));
          long sent = event.path("payload").path("sent").asLong();
          latencies.add((System.nanoTime() - sent) / 1e6);
          received.incrementAndGet();
        }
      }
    } catch (IOException e) {
      // closed
    }
  }

  private void openIdleWebSocket() {
    sockets.add(
        http.newWebSocketBuilder()
            .header("Authorization", "Bearer " + key)
            .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() {})
            .join());
  }

  /** An identified service that publishes; its confirmations are read and discarded. */
  private Publisher publisher() {
    LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    WebSocket socket =
        http.newWebSocketBuilder()
            .header("Authorization", "Bearer " + key)
            .buildAsync(
                URI.create("ws://127.0.0.1:" + port + "/ws"),
                new WebSocket.Listener() {
                  @Override
                  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    frames.add(data.toString());
                    ws.request(1);
                    return null;
                  }
                })
            .join();
    socket.sendText("{\"type\":\"identify\",\"service_id\":\"bench-publisher\"}", true).join();
    sockets.add(socket);
    return new Publisher(socket);
  }

  private record Publisher(WebSocket socket) {
    void publish(String topic) {
      CompletableFuture<WebSocket> sent =
          socket.sendText(
              "{\"type\":\"publish\",\"topic\":\""
                  + topic
                  + "\",\"payload\":{\"sent\":"
                  + System.nanoTime()
                  + "}}",
              true);
      sent.join();
    }
  }

  /** Connections of this client still open (SSE streams and WebSockets). */
  private int openConnections() {
    return streams.size() + sockets.size();
  }

  private void closeAll() {
    for (InputStream s : streams) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing
      }
    }
    sockets.forEach(WebSocket::abort);
  }

  private static void print(Map<String, Object> report, Map<String, String> o) throws IOException {
    Path out =
        Path.of(
            o.getOrDefault("out", "bench-results/realtime-" + report.get("connections") + ".json"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    System.out.println();
    report.forEach(
        (name, value) ->
            System.out.printf(
                "%-26s %s%n", name, value instanceof Double d ? String.format("%.2f", d) : value));
    System.out.println("json: " + out.toAbsolutePath());
    System.out.printf(
        "connections=%d publish_to_receive_p95_ms=%.1f rss_mb=%.0f kb_per_connection=%.1f"
            + " dropped=%d%s%n",
        ((Number) report.get("connections")).intValue(),
        ((Number) report.get("publish_to_receive_p95_ms")).doubleValue(),
        ((Number) report.get("rss_mb")).doubleValue(),
        ((Number) report.get("kb_per_connection")).doubleValue(),
        ((Number) report.get("dropped")).longValue(),
        report.containsKey("restart_lost")
            ? " restart_lost="
                + report.get("restart_lost")
                + " restart_redelivered="
                + report.get("restart_redelivered")
            : "");
  }
}
