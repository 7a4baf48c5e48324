package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code ./engram bench webhooks [--memories N] [--callers C] [--requests R] [--warmup W]}: loads N
 * synthetic memories (default 10,000) into one app of a fresh server, configures its ElevenLabs
 * integration, then sends R signed requests to each webhook (client-data, search-memory, post-call)
 * over HTTP, one client, no LLM, the three calls in turn (so each search-memory runs while the
 * ingestion the previous post-calls queued may still be running). Then, once that ingestion is done
 * ({@code ingestion_drain_ms}: how long that took after the last post-call), R search-memory calls
 * alone ({@code search_memory_alone_p50_ms/p95_ms} on the first line: the call's own cost, without
 * that contention). Ends with {@code client_data_p95_ms=… search_memory_p95_ms=…
 * post_call_p95_ms=…}.
 */
public final class WebhookBench {
  private static final ObjectMapper JSON = Json.mapper();
  private static final String SECRET = "bench_webhook_secret_0123456789";

  /**
   * Unmeasured rounds of the three calls before the measured ones (option {@code --warmup}). 50
   * until session 10: the server's JIT was then still compiling (tens of compilations a second,
   * about one of the two cores) through the measured calls.
   */
  static final int WARMUP = 500;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String key;

  /** The answer of the last {@link #timed} call. */
  private JsonNode last;

  private WebhookBench(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        ToolArgs.parse(args, Set.of("memories", "callers", "requests", "warmup", "home"));
    int memories = Integer.parseInt(o.getOrDefault("memories", "10000"));
    int callers = Integer.parseInt(o.getOrDefault("callers", "100"));
    int requests = Integer.parseInt(o.getOrDefault("requests", "300"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", Integer.toString(WARMUP)));
    try (DataDirectory home = DataDirectory.of(o, "engram-bench-");
        BenchServer server = BenchServer.start(home.path(), BenchServer.JVM_OPTIONS)) {
      WebhookBench bench = new WebhookBench(server.base(), server.apiKey());
      String app =
          bench
              .send("GET", "/v1/whoami", null, "Bearer " + bench.key, null, 200)
              .get("app")
              .get("id")
              .asText();
      String token =
          bench
              .send(
                  "POST",
                  "/admin/v1/login",
                  Map.of("username", "admin", "password", BenchServer.ADMIN_PASSWORD),
                  null,
                  null,
                  200)
              .get("access_token")
              .asText();
      bench.send(
          "PUT",
          "/admin/v1/apps/" + app + "/integrations/elevenlabs",
          Map.of("webhook_secret", SECRET, "default_agent_id", "agent-0"),
          "Bearer " + token,
          null,
          200);
      bench.load(memories, callers);
      String prefix = "/webhooks/elevenlabs/" + app;
      // warm-up (the JIT compiles the server's hot paths; until then it takes a core of two),
      // its ingestion finished, then measured runs
      List<String> warmTasks = bench.measure(prefix, callers, warmup, "warm");
      bench.awaitTasks(warmTasks);
      List<Double> clientData = new ArrayList<>();
      List<Double> search = new ArrayList<>();
      List<Double> postCall = new ArrayList<>();
      List<String> tasks = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        String caller = "caller-" + (i % callers);
        clientData.add(
            bench.timed(
                prefix + "/client-data",
                Map.of("caller_id", caller, "agent_id", "agent-" + (i % 3))));
        search.add(bench.timed(prefix + "/search-memory", searchBody(caller, i)));
        postCall.add(bench.timed(prefix + "/post-call", postCallBody(caller, "bench-conv-" + i)));
        bench.last.path("task_ids").forEach(t -> tasks.add(t.asText()));
      }
      // search-memory again once the ingestion the post-calls queued is done (it runs next to the
      // calls that follow them): what the call costs without that contention
      long drainStart = System.nanoTime();
      bench.awaitTasks(tasks);
      double drainMs = (System.nanoTime() - drainStart) / 1e6;
      List<Double> alone = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        alone.add(bench.timed(prefix + "/search-memory", searchBody("caller-" + (i % callers), i)));
      }
      Percentiles c = new Percentiles(clientData);
      Percentiles s = new Percentiles(search);
      Percentiles p = new Percentiles(postCall);
      Percentiles a = new Percentiles(alone);
      System.out.printf(
          "memories=%d callers=%d requests=%d client_data_p50_ms=%.2f search_memory_p50_ms=%.2f"
              + " post_call_p50_ms=%.2f search_memory_alone_p50_ms=%.2f"
              + " search_memory_alone_p95_ms=%.2f ingestion_drain_ms=%.0f%n",
          memories, callers, requests, c.at(50), s.at(50), p.at(50), a.at(50), a.at(95), drainMs);
      System.out.printf(
          "client_data_p95_ms=%.2f search_memory_p95_ms=%.2f post_call_p95_ms=%.2f%n",
          c.at(95), s.at(95), p.at(95));
    }
  }

  /** Unmeasured calls of each webhook; the ingestion tasks the post-calls queued. */
  private List<String> measure(String prefix, int callers, int n, String label) throws Exception {
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String caller = "caller-" + (i % callers);
      timed(prefix + "/client-data", Map.of("caller_id", caller));
      timed(prefix + "/search-memory", Map.of("query", "preference", "caller_id", caller));
      timed(prefix + "/post-call", postCallBody(caller, label + "-conv-" + i));
      last.path("task_ids").forEach(t -> tasks.add(t.asText()));
    }
    return tasks;
  }

  /** A measured search-memory call: the caller's agent among three. */
  private static Map<String, Object> searchBody(String caller, int i) {
    return Map.of(
        "query",
        "what does the caller prefer",
        "caller_id",
        caller,
        "agent_id",
        "agent-" + (i % 3));
  }

  private static Map<String, Object> postCallBody(String caller, String conversation) {
    return Map.of(
        "type",
        "post_call_transcription",
        "event_timestamp",
        System.currentTimeMillis() / 1000,
        "data",
        Map.of(
            "conversation_id",
            conversation,
            "agent_id",
            "agent-0",
            "transcript",
            List.of(
                Map.of("role", "agent", "message", "How can I help?"),
                Map.of("role", "user", "message", "I prefer morning deliveries to my office")),
            "conversation_initiation_client_data",
            Map.of("dynamic_variables", Map.of("system__caller_id", caller))));
  }

  private void load(int total, int callers) throws Exception {
    SyntheticMemories generator = new SyntheticMemories(7);
    Progress progress = new Progress("store", total);
    int batch = 250;
    for (int from = 0; from < total; from += batch) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (int i = from; i < Math.min(total, from + batch); i++) {
        items.add(
            Map.of(
                "user_id", "caller-" + (i % callers),
                "agent_id", "agent-" + (i % 3),
                "content", generator.statement()));
      }
      send(
          "POST",
          "/v1/memories",
          Map.of("memories", items, "resolve", false),
          "Bearer " + key,
          null,
          201);
      progress.update(Math.min(total, from + batch));
    }
  }

  /** One signed webhook call; its latency in milliseconds. */
  private double timed(String path, Object body) throws Exception {
    byte[] bytes = JSON.writeValueAsBytes(body);
    long t = System.currentTimeMillis() / 1000;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
    String signature = "t=" + t + ",v0=" + HexFormat.of().formatHex(mac.doFinal(bytes));
    long started = System.nanoTime();
    last = send("POST", path, bytes, null, signature, 200);
    return (System.nanoTime() - started) / 1e6;
  }

  /** Waits until each ingestion task has finished (succeeded or failed), at most 10 minutes. */
  private void awaitTasks(List<String> ids) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    for (String id : ids) {
      while (true) {
        String status =
            send("GET", "/v1/tasks/" + id, null, "Bearer " + key, null, 200).get("status").asText();
        if (status.equals("succeeded") || status.equals("failed")) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("ingestion task " + id + " still " + status);
        }
        Thread.sleep(100);
      }
    }
  }

  private JsonNode send(
      String method, String path, Object body, String authorization, String signature, int expected)
      throws IOException, InterruptedException {
    Map<String, String> headers = new LinkedHashMap<>();
    if (authorization != null) {
      headers.put("Authorization", authorization);
    }
    if (signature != null) {
      headers.put("ElevenLabs-Signature", signature);
    }
    BenchHttp.Answer answer =
        BenchHttp.send(client, base, method, path, body, Duration.ofSeconds(60), headers);
    if (answer.status() != expected) {
      throw answer.refused();
    }
    return answer.json();
  }
}
