package dev.engram.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./engram bench search --memories N [--users U]}: loads N synthetic memories through the
 * real write path of a fresh server process, then measures search over HTTP with concurrent
 * clients. Prints a table, writes JSON, and ends with the machine-readable line {@code
 * search_p95_ms=… vector_p95_ms=… ann_recall=… store_per_s=… rss_mb=…}.
 */
public final class SearchBench {
  private static final ObjectMapper JSON = Json.mapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String key;
  private final AtomicLong conflictRetries = new AtomicLong();

  private SearchBench(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        ToolArgs.parse(
            args,
            Set.of(
                "memories",
                "users",
                "clients",
                "queries",
                "batch",
                "writers",
                "recall-queries",
                "out",
                "home",
                "existing",
                "warmup"));
    int memories = Integer.parseInt(o.getOrDefault("memories", "100000"));
    int users = Integer.parseInt(o.getOrDefault("users", "100"));
    int clients = Integer.parseInt(o.getOrDefault("clients", "4"));
    int queries = Integer.parseInt(o.getOrDefault("queries", "2000"));
    int batch = Integer.parseInt(o.getOrDefault("batch", "250"));
    int writers = Integer.parseInt(o.getOrDefault("writers", "2"));
    int recallQueries = Integer.parseInt(o.getOrDefault("recall-queries", "200"));
    Path out = Path.of(o.getOrDefault("out", "bench-results/search-" + memories + ".json"));
    boolean existing = Boolean.parseBoolean(o.getOrDefault("existing", "false"));
    int warmup = Integer.parseInt(o.getOrDefault("warmup", "500"));
    if (existing && !o.containsKey("home")) {
      throw new IllegalArgumentException(
          "--existing true measures a directory an earlier run loaded: give it with --home DIR");
    }
    Map<String, Object> report = new LinkedHashMap<>();
    try (DataDirectory home = DataDirectory.of(o, "engram-bench-")) {
      run(
          home,
          memories,
          users,
          clients,
          queries,
          warmup,
          batch,
          writers,
          recallQueries,
          existing,
          report);
    }
    print(report, out);
  }

  private static void run(
      DataDirectory home,
      int memories,
      int users,
      int clients,
      int queries,
      int warmup,
      int batch,
      int writers,
      int recallQueries,
      boolean existing,
      Map<String, Object> report)
      throws Exception {
    try (BenchServer server =
        existing
            ? BenchServer.startExisting(home.path(), BenchServer.JVM_OPTIONS)
            : BenchServer.start(home.path(), BenchServer.JVM_OPTIONS)) {
      SearchBench bench = new SearchBench(server.base(), server.apiKey());
      // on a directory loaded before, the server starts on what is there: nothing is stored
      ThreadCpu.Reading beforeLoad = server.cpu();
      double storePerS = existing ? Double.NaN : bench.load(memories, users, batch, writers);
      ThreadCpu.Reading perMemory = server.cpu().perUnitSince(beforeLoad, memories);
      report.put("memories", memories);
      report.put("existing", existing);
      report.put("users", users);
      report.put("store_per_s", storePerS);
      report.put("store_server_cpu_ms", existing ? Double.NaN : perMemory.totalMs());
      if (!existing) {
        report.put("store_server_cpu_ms_by_thread", perMemory.byThreadMs());
      }
      report.put("conflict_retries", bench.conflictRetries.get());
      report.put("disk_mb_loaded", home.sizeMb());
      // unmeasured queries first: the JIT compiles the search path, the caches fill
      report.put("warmup_queries", warmup);
      if (warmup > 0) {
        bench.searchLoad(warmup, users, clients, new ArrayList<>(), new ArrayList<>(), 7);
      }
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      List<JsonNode> timings = Collections.synchronizedList(new ArrayList<>());
      ThreadCpu.Reading serverBefore = server.cpu();
      ThreadCpu.Reading clientBefore = ThreadCpu.read(ProcessHandle.current());
      double qps = bench.searchLoad(queries, users, clients, latencies, timings, 11);
      // CPU per query, server and client apart: what a query costs whatever else the machine runs
      ThreadCpu.Reading perQuery = server.cpu().perUnitSince(serverBefore, queries);
      report.put("search_server_cpu_ms_by_thread", perQuery.byThreadMs());
      report.put("search_server_cpu_ms", perQuery.totalMs());
      report.put(
          "search_client_cpu_ms",
          ThreadCpu.read(ProcessHandle.current()).perUnitSince(clientBefore, queries).totalMs());
      double recall = bench.recall(recallQueries, users);
      Percentiles e2e = new Percentiles(latencies);
      Percentiles stage = stage(timings, "vector_ms");
      report.put("clients", clients);
      report.put("queries", queries);
      report.put("search_qps", qps);
      report.put("search_p50_ms", e2e.at(50));
      report.put("search_p95_ms", e2e.at(95));
      report.put("search_p99_ms", e2e.at(99));
      report.put("vector_p50_ms", stage.at(50));
      report.put("vector_p95_ms", stage.at(95));
      report.put("vector_p99_ms", stage.at(99));
      for (String name : List.of("embed_ms", "keyword_ms", "fetch_ms", "server_ms")) {
        Percentiles p = stage(timings, name);
        report.put(name.replace("_ms", "") + "_p50_ms", p.at(50));
        report.put(name.replace("_ms", "") + "_p95_ms", p.at(95));
      }
      report.put("ann_recall_at_10", recall);
      report.put("rss_mb", server.rssMb());
      report.put("rss_anon_mb", server.rssAnonMb());
      report.put("disk_mb", home.sizeMb());
      report.put("h2_mb", home.fileMb("db/engram.mv.db"));
      report.put("disk_kb_per_memory", home.sizeMb() * 1024 / memories);
      // at rest: a load leaves the H2 file at up to 2.5x its live data until the compaction,
      // which works harder once writes pause, catches up
      report.put("disk_mb_settled", home.settledSizeMb());
      report.put("h2_mb_settled", home.fileMb("db/engram.mv.db"));
    }
    // after the server stopped: what stays on disk once H2 compacted the file at close
    report.put("disk_mb_closed", home.sizeMb());
  }

  private static void print(Map<String, Object> report, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    System.out.println();
    report.forEach((name, value) -> System.out.printf("%-18s %s%n", name, format(value)));
    System.out.println("json: " + out.toAbsolutePath());
    System.out.printf(
        "search_p95_ms=%.2f vector_p95_ms=%.3f ann_recall=%.4f store_per_s=%.0f rss_mb=%.0f"
            + " disk_mb=%.0f disk_mb_settled=%.0f search_server_cpu_ms=%.2f%n",
        number(report, "search_p95_ms"),
        number(report, "vector_p95_ms"),
        number(report, "ann_recall_at_10"),
        number(report, "store_per_s"),
        number(report, "rss_mb"),
        number(report, "disk_mb"),
        number(report, "disk_mb_settled"),
        number(report, "search_server_cpu_ms"));
  }

  private static Percentiles stage(List<JsonNode> timings, String name) {
    return new Percentiles(timings.stream().map(t -> t.get(name).asDouble()).toList());
  }

  private static double number(Map<String, Object> report, String name) {
    return ((Number) report.get(name)).doubleValue();
  }

  private static String format(Object value) {
    if (value instanceof Map<?, ?> figures) {
      Map<Object, String> shown = new LinkedHashMap<>();
      figures.forEach((k, v) -> shown.put(k, format(v)));
      return shown.toString();
    }
    return value instanceof Double d ? String.format("%.3f", d) : String.valueOf(value);
  }

  /** Loads memories in batches with concurrent writers; returns memories stored per second. */
  private double load(int total, int users, int batch, int writers) throws Exception {
    Progress progress = new Progress("store", total);
    AtomicLong stored = new AtomicLong();
    AtomicLong next = new AtomicLong();
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        futures.add(
            pool.submit(
                () -> {
                  SyntheticMemories generator = new SyntheticMemories(1000 + writer);
                  long from;
                  while ((from = next.getAndAdd(batch)) < total) {
                    int size = (int) Math.min(batch, total - from);
                    List<Map<String, Object>> items = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                      items.add(
                          Map.of(
                              "user_id",
                              "user-" + ((from + i) % users),
                              "content",
                              generator.statement()));
                    }
                    JsonNode response = postBatch(Map.of("memories", items));
                    progress.update(stored.addAndGet(response.get("ids").size()));
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
    return stored.get() / ((System.nanoTime() - started) / 1e9);
  }

  /** Runs queries from concurrent clients; returns queries per second. */
  private double searchLoad(
      int queries,
      int users,
      int clients,
      List<Double> latencies,
      List<JsonNode> timings,
      long seed)
      throws Exception {
    Progress progress = new Progress("search", queries);
    AtomicLong done = new AtomicLong();
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        long clientSeed = seed * 31 + c;
        futures.add(
            pool.submit(
                () -> {
                  SyntheticMemories generator = new SyntheticMemories(clientSeed);
                  java.util.Random random = new java.util.Random(clientSeed);
                  while (done.get() < queries) {
                    Map<String, Object> body =
                        Map.of(
                            "query",
                            generator.query(),
                            "user_id",
                            "user-" + random.nextInt(users),
                            "limit",
                            10);
                    long t0 = System.nanoTime();
                    JsonNode response = post("/v1/memories/search", body, 200);
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    com.fasterxml.jackson.databind.node.ObjectNode stages =
                        (com.fasterxml.jackson.databind.node.ObjectNode) response.get("timings");
                    stages.put("server_ms", response.get("search_time_ms").asDouble());
                    timings.add(stages);
                    long n = done.incrementAndGet();
                    if (n % 50 == 0 || n == queries) {
                      progress.update(Math.min(n, queries));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
    return done.get() / ((System.nanoTime() - started) / 1e9);
  }

  /** ANN recall@10: the index's vector top 10 against an exhaustive comparison. */
  private double recall(int queries, int users) throws IOException, InterruptedException {
    SyntheticMemories generator = new SyntheticMemories(99);
    java.util.Random random = new java.util.Random(99);
    double sum = 0;
    Progress progress = new Progress("ann recall", queries);
    for (int q = 0; q < queries; q++) {
      String query = generator.query();
      String user = "user-" + random.nextInt(users);
      Set<String> approximate =
          ids(post("/v1/memories/search", vectorQuery(query, user, false), 200));
      Set<String> exact = ids(post("/v1/memories/search", vectorQuery(query, user, true), 200));
      Set<String> both = new HashSet<>(approximate);
      both.retainAll(exact);
      sum += exact.isEmpty() ? 1 : (double) both.size() / exact.size();
      progress.update(q + 1);
    }
    return sum / queries;
  }

  private static Map<String, Object> vectorQuery(String query, String user, boolean exact) {
    return Map.of("query", query, "user_id", user, "limit", 10, "mode", "vector", "exact", exact);
  }

  private static Set<String> ids(JsonNode response) {
    Set<String> ids = new HashSet<>();
    response.get("results").forEach(hit -> ids.add(hit.get("memory").get("id").asText()));
    return ids;
  }

  /**
   * Stores one batch. Two writers' batches may hold statements the resolver merges into the same
   * memory; the one that loses answers {@code 409 version_conflict} ("try again") once the server's
   * own retries are spent, and a client sends it again, as this one does (at most 5 times, counted
   * in {@code conflict_retries}).
   */
  private JsonNode postBatch(Map<String, Object> body) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return post("/v1/memories", body, 201);
      } catch (ConflictException e) {
        if (attempt == 5) {
          throw e;
        }
        conflictRetries.incrementAndGet();
        Thread.sleep(20L * attempt);
      }
    }
  }

  /** A {@code 409} answer. */
  private static final class ConflictException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ConflictException(String message) {
      super(message);
    }
  }

  private JsonNode post(String path, Object body, int expected)
      throws IOException, InterruptedException {
    BenchHttp.Answer answer =
        BenchHttp.send(
            client, base, "POST", path, body, Duration.ofSeconds(120), BenchHttp.bearer(key));
    if (answer.status() != expected) {
      throw answer.status() == 409
          ? new ConflictException(answer.refused().getMessage())
          : answer.refused();
    }
    return answer.json();
  }
}
