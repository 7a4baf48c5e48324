package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code ./engram bench ingest --conversations N}: on a fresh server process with the rule engine,
 * measures the time one 10-message conversation takes from {@code POST /v1/conversations} to a
 * succeeded task on an idle server, then the throughput of N such conversations sent by concurrent
 * clients (accepted to all tasks succeeded). Prints a table, writes JSON, and ends with the
 * machine-readable line {@code ingest_conv_per_s=… single_conv_ms=…}.
 */
public final class IngestBench {
  private static final ObjectMapper JSON = Json.mapper();
  private static final List<String> CITIES =
      List.of("Lisbon", "Porto", "Berlin", "Madrid", "Tokyo", "Toronto", "Lyon", "Austin");
  private static final List<String> FOODS =
      List.of("sushi", "ramen", "tacos", "pasta", "curry", "dumplings", "falafel", "paella");
  private static final List<String> JOBS =
      List.of("a nurse", "a teacher", "an engineer", "a designer", "a chef", "a lawyer");
  private static final List<String> HOBBIES =
      List.of("surfing", "chess", "climbing", "painting", "jazz", "running", "baking");
  private static final List<String> ALLERGIES =
      List.of("peanuts", "shellfish", "gluten", "penicillin", "cats", "pollen");

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String key;

  private IngestBench(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        ToolArgs.parse(
            args, Set.of("conversations", "users", "clients", "single", "warmup", "out", "home"));
    Map<String, Object> report = new LinkedHashMap<>();
    try (DataDirectory home = DataDirectory.of(o, "engram-bench-")) {
      run(home, o, report);
    }
    print(report, o);
  }

  private static void run(DataDirectory home, Map<String, String> o, Map<String, Object> report)
      throws Exception {
    int conversations = Integer.parseInt(o.getOrDefault("conversations", "500"));
    int users = Integer.parseInt(o.getOrDefault("users", "100"));
    int clients = Integer.parseInt(o.getOrDefault("clients", "4"));
    int single = Integer.parseInt(o.getOrDefault("single", "5"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "0"));
    try (BenchServer server = BenchServer.start(home.path(), BenchServer.JVM_OPTIONS)) {
      IngestBench bench = new IngestBench(server.base(), server.apiKey());
      Random random = new Random(42);
      // warm-up: a few conversations so that the first measurements do not pay class loading
      for (int i = 0; i < 3; i++) {
        bench.awaitAll(List.of(bench.submit(bench.conversation("warm-" + i, random))));
      }
      List<Double> singles = new ArrayList<>();
      for (int i = 0; i < single; i++) {
        long started = System.nanoTime();
        bench.awaitAll(List.of(bench.submit(bench.conversation("single-" + i, random))));
        singles.add((System.nanoTime() - started) / 1e6);
      }
      Percentiles one = new Percentiles(singles);
      if (warmup > 0) {
        // not counted: as many conversations of other users, sent the same way, so that the
        // measured ones run on compiled code; its own figures are those of a run without warm-up
        List<Map<String, Object>> warm = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
          warm.add(bench.conversation("warm-user-" + (i % users), random));
        }
        ThreadCpu.Reading warmBefore = server.cpu();
        long warmStarted = System.nanoTime();
        bench.awaitAll(bench.submitAll(warm, clients, new Progress("warm-up", warmup)));
        double warmS = (System.nanoTime() - warmStarted) / 1e9;
        ThreadCpu.Reading warmCpu = server.cpu().perUnitSince(warmBefore, warmup);
        report.put("warmup_conversations", warmup);
        report.put("warmup_conv_per_s", warmup / warmS);
        report.put("warmup_server_cpu_ms_per_conv", warmCpu.totalMs());
        report.put("warmup_server_cpu_ms_per_conv_by_thread", warmCpu.byThreadMs());
      }
      List<Map<String, Object>> bodies = new ArrayList<>();
      for (int i = 0; i < conversations; i++) {
        bodies.add(bench.conversation("user-" + (i % users), random));
      }
      Progress progress = new Progress("ingest", conversations);
      ThreadCpu.Reading cpuBefore = server.cpu();
      long started = System.nanoTime();
      List<String> taskIds = bench.submitAll(bodies, clients, progress);
      double acceptedS = (System.nanoTime() - started) / 1e9;
      JsonNode last = bench.awaitAll(taskIds);
      double totalS = (System.nanoTime() - started) / 1e9;
      // what a conversation costs the server, whatever else the machine runs
      ThreadCpu.Reading perConversation = server.cpu().perUnitSince(cpuBefore, conversations);
      report.put("conversations", conversations);
      report.put("messages_per_conversation", 10);
      report.put("users", users);
      report.put("clients", clients);
      report.put("accept_per_s", conversations / acceptedS);
      report.put("ingest_conv_per_s", conversations / totalS);
      report.put("ingest_s", totalS);
      report.put("server_cpu_ms_per_conv", perConversation.totalMs());
      report.put("server_cpu_ms_per_conv_by_thread", perConversation.byThreadMs());
      report.put("single_conv_p50_ms", one.at(50));
      report.put("single_conv_max_ms", one.at(100));
      report.put("memories_added_last_task", last.get("counts").get("added").asInt());
      report.put("rss_mb", server.rssMb());
      report.put("cores", Runtime.getRuntime().availableProcessors());
      report.put("disk_mb", home.sizeMb());
    }
  }

  private static void print(Map<String, Object> report, Map<String, String> o) throws IOException {
    Path out =
        Path.of(
            o.getOrDefault("out", "bench-results/ingest-" + report.get("conversations") + ".json"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    System.out.println();
    report.forEach(
        (name, value) ->
            System.out.printf(
                "%-26s %s%n",
                name, value instanceof Double d ? String.format("%.2f", d) : rounded(value)));
    System.out.println("json: " + out.toAbsolutePath());
    System.out.printf(
        "ingest_conv_per_s=%.1f single_conv_ms=%.0f disk_mb=%.0f server_cpu_ms_per_conv=%.1f%n",
        ((Number) report.get("ingest_conv_per_s")).doubleValue(),
        ((Number) report.get("single_conv_p50_ms")).doubleValue(),
        ((Number) report.get("disk_mb")).doubleValue(),
        ((Number) report.get("server_cpu_ms_per_conv")).doubleValue());
  }

  /** A map of figures with two decimals, as the table prints a figure. */
  private static Object rounded(Object value) {
    if (value instanceof Map<?, ?> figures) {
      Map<Object, Object> shown = new LinkedHashMap<>();
      figures.forEach((k, v) -> shown.put(k, v instanceof Double d ? String.format("%.2f", d) : v));
      return shown;
    }
    return value;
  }

  /** Ten messages of one user: five first-person statements, five assistant turns. */
  private Map<String, Object> conversation(String user, Random random) {
    List<String> said =
        List.of(
            "Hi! I live in " + pick(CITIES, random) + " these days.",
            "I work as " + pick(JOBS, random) + " at a small company.",
            "I'm allergic to " + pick(ALLERGIES, random) + ".",
            "I love " + pick(FOODS, random) + " and I hate " + pick(FOODS, random) + ".",
            "I'm planning to go " + pick(HOBBIES, random) + " next weekend.");
    List<String> answered =
        List.of(
            "Nice to meet you! How can I help today?",
            "Got it, thanks for sharing.",
            "Noted, I will keep that in mind.",
            "Good to know!",
            "Sounds fun, enjoy!");
    List<Map<String, Object>> messages = new ArrayList<>();
    for (int i = 0; i < said.size(); i++) {
      messages.add(Map.of("role", "user", "content", said.get(i)));
      messages.add(Map.of("role", "assistant", "content", answered.get(i)));
    }
    return Map.of("user_id", user, "session_id", "bench", "messages", messages);
  }

  private static String pick(List<String> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private String submit(Map<String, Object> body) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(base.resolve("/v1/conversations"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 202) {
      throw new IllegalStateException(
          "POST /v1/conversations answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body()).get("task_id").asText();
  }

  private List<String> submitAll(List<Map<String, Object>> bodies, int clients, Progress progress)
      throws Exception {
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < bodies.size();
                      i = next.getAndIncrement()) {
                    ids.add(submit(bodies.get(i)));
                    progress.update(done.incrementAndGet());
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
    return ids;
  }

  /** Waits until every task succeeded (tasks run roughly in order); returns the last one. */
  private JsonNode awaitAll(List<String> taskIds) throws IOException, InterruptedException {
    JsonNode task = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    for (String id : taskIds) {
      while (true) {
        task = task(id);
        String status = task.get("status").asText();
        if (status.equals("succeeded")) {
          break;
        }
        if (status.equals("failed")) {
          throw new IllegalStateException("task " + id + " failed: " + task.get("errors"));
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("task " + id + " did not finish in 30 minutes");
        }
        Thread.sleep(taskIds.size() == 1 ? 2 : 20);
      }
    }
    return task;
  }

  private JsonNode task(String id) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(base.resolve("/v1/tasks/" + id))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET /v1/tasks/" + id + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
