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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./engram bench churn --memories N --ops M}: a soak of the storage on a fresh server
 * process. Loads N memories, measures the data directory once the online compaction had its turn,
 * then runs M changes from concurrent clients on random live memories — updates ({@code PATCH}:
 * importance and tags, every fourth a new content), supersessions (a resolved {@code POST} of the
 * memory's statement with one value changed, which the rule resolver turns into a new version) and
 * deletes, each that succeeded followed by a new memory — and measures the directory again after
 * the compaction. Superseded versions, deleted memories and events are kept for the retention
 * periods ({@code engram.retention.*}: 30 and 90 days), so at the defaults the directory grows by
 * what they hold; {@code --retention-days N} starts the server with both periods set to N days and
 * retention running every 5 s, to measure a directory whose history is pruned. After each settled
 * reading the server is restarted, which packs the H2 file ({@code H2StartCompaction}), and the
 * directory read again. Ends with {@code churn_ops_per_s=… disk_before_mb=… disk_after_mb=…
 * disk_before_restart_mb=… disk_after_restart_mb=…}.
 */
public final class ChurnBench {
  private static final ObjectMapper JSON = Json.mapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String key;

  /** Live memories: id → (user, statement template values). */
  private final Map<String, Statement> live = new ConcurrentHashMap<>();

  private final List<String> liveIds = new ArrayList<>();

  private record Statement(String user, String first, String second, int note) {
    String text() {
      return "User prefers " + first + " for " + second + " (note " + note + ")";
    }
  }

  private ChurnBench(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        ToolArgs.parse(
            args, Set.of("memories", "ops", "users", "clients", "out", "home", "retention-days"));
    int memories = Integer.parseInt(o.getOrDefault("memories", "100000"));
    long ops = Long.parseLong(o.getOrDefault("ops", "500000"));
    int users = Integer.parseInt(o.getOrDefault("users", "100"));
    int clients = Integer.parseInt(o.getOrDefault("clients", "2"));
    Path out = Path.of(o.getOrDefault("out", "bench-results/churn-" + memories + ".json"));
    List<String> jvmOptions = new ArrayList<>(BenchServer.JVM_OPTIONS);
    String retentionDays = o.get("retention-days");
    if (retentionDays != null) {
      int days = Integer.parseInt(retentionDays);
      if (days < 0) {
        throw new IllegalArgumentException("--retention-days must not be negative");
      }
      jvmOptions.add("-Dengram.retention.superseded-versions=" + days + "d");
      jvmOptions.add("-Dengram.retention.events=" + days + "d");
      jvmOptions.add("-Dengram.retention.interval=5s");
    }
    Map<String, Object> report = new LinkedHashMap<>();
    try (DataDirectory home = DataDirectory.of(o, "engram-bench-")) {
      try (BenchServer server = BenchServer.start(home.path(), jvmOptions)) {
        ChurnBench bench = new ChurnBench(server.base(), server.apiKey());
        double loadPerS = bench.load(memories, users);
        long settling = System.nanoTime();
        double before = home.settledSizeMb();
        report.put("memories", memories);
        report.put("retention_days", retentionDays == null ? "default" : retentionDays);
        report.put("users", users);
        report.put("load_per_s", loadPerS);
        report.put("disk_before_mb", before);
        report.put("settle_before_s", (System.nanoTime() - settling) / 1e9);
        report.put("h2_before_mb", home.fileMb("db/engram.mv.db"));
        // a restart packs the file (H2StartCompaction): the size of what the load left
        server.restart();
        report.put("disk_before_restart_mb", home.sizeMb());
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        double opsPerS = bench.churn(ops, clients, counts);
        settling = System.nanoTime();
        double after = home.settledSizeMb();
        report.put("ops", ops);
        report.put("clients", clients);
        counts.forEach((name, count) -> report.put("ops_" + name, count.get()));
        report.put("churn_ops_per_s", opsPerS);
        report.put("disk_after_mb", after);
        report.put("settle_after_s", (System.nanoTime() - settling) / 1e9);
        report.put("h2_after_mb", home.fileMb("db/engram.mv.db"));
        report.put("rss_mb", server.rssMb());
        server.restart();
        report.put("disk_after_restart_mb", home.sizeMb());
      }
      report.put("disk_after_closed_mb", home.sizeMb());
    }
    report.put(
        "growth",
        ((Number) report.get("disk_after_mb")).doubleValue()
            / (double) report.get("disk_before_mb"));
    report.put(
        "growth_restarted",
        (double) report.get("disk_after_restart_mb")
            / (double) report.get("disk_before_restart_mb"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    System.out.println();
    report.forEach(
        (name, value) ->
            System.out.printf(
                "%-22s %s%n",
                name,
                value instanceof Double d ? String.format("%.3f", d) : String.valueOf(value)));
    System.out.println("json: " + out.toAbsolutePath());
    System.out.printf(
        "churn_ops_per_s=%.0f disk_before_mb=%.0f disk_after_mb=%.0f"
            + " disk_before_restart_mb=%.0f disk_after_restart_mb=%.0f%n",
        (double) report.get("churn_ops_per_s"),
        (double) report.get("disk_before_mb"),
        (double) report.get("disk_after_mb"),
        (double) report.get("disk_before_restart_mb"),
        (double) report.get("disk_after_restart_mb"));
  }

  /** Stores the memories in batches of 250 without resolution; returns memories per second. */
  private double load(int total, int users) throws IOException, InterruptedException {
    Progress progress = new Progress("store", total);
    Random random = new Random(7);
    List<String> words = words();
    long started = System.nanoTime();
    for (int from = 0; from < total; from += 250) {
      int size = Math.min(250, total - from);
      List<Statement> statements = new ArrayList<>(size);
      List<Map<String, Object>> items = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        Statement s =
            new Statement(
                "user-" + ((from + i) % users),
                words.get(random.nextInt(words.size())),
                words.get(random.nextInt(words.size())),
                random.nextInt(1_000_000));
        statements.add(s);
        items.add(Map.of("user_id", s.user(), "content", s.text()));
      }
      JsonNode ids =
          send("POST", "/v1/memories", Map.of("memories", items, "resolve", false)).get("ids");
      for (int i = 0; i < size; i++) {
        live.put(ids.get(i).asText(), statements.get(i));
        liveIds.add(ids.get(i).asText());
      }
      progress.update(from + size);
    }
    return total / ((System.nanoTime() - started) / 1e9);
  }

  /** Runs the changes from concurrent clients; returns changes per second. */
  private double churn(long ops, int clients, Map<String, AtomicLong> counts) throws Exception {
    Progress progress = new Progress("churn", ops);
    AtomicLong done = new AtomicLong();
    List<String> words = words();
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Random random = new Random(100 + c);
        futures.add(
            pool.submit(
                () -> {
                  long n;
                  while ((n = done.getAndIncrement()) < ops) {
                    change(random, words, counts);
                    if ((n + 1) % 100 == 0 || n + 1 == ops) {
                      progress.update(n + 1);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }
    return ops / ((System.nanoTime() - started) / 1e9);
  }

  private void change(Random random, List<String> words, Map<String, AtomicLong> counts)
      throws IOException, InterruptedException {
    String id;
    Statement statement;
    int roll = random.nextInt(10);
    synchronized (liveIds) {
      if (liveIds.isEmpty()) {
        throw new IllegalStateException("every memory was deleted; use fewer --ops");
      }
      int at = random.nextInt(liveIds.size());
      id = liveIds.get(at);
      statement = live.get(id);
      if (roll >= 5) {
        // deleted or superseded: the memory leaves the live set (swap-remove)
        liveIds.set(at, liveIds.getLast());
        liveIds.removeLast();
        live.remove(id);
      }
    }
    if (roll >= 8) {
      if (send("DELETE", "/v1/memories/" + id, null) == null) {
        // already gone (a resolved write of another client superseded it): the store's count of
        // memories did not drop, so nothing takes its place
        count(counts, refused());
        return;
      }
      count(counts, "delete");
      insert(statement.user(), words, random, counts);
      return;
    }
    if (roll < 5) {
      Map<String, Object> patch = new LinkedHashMap<>();
      patch.put("importance", 1 + random.nextInt(10));
      patch.put("tags", List.of("t" + random.nextInt(20)));
      if (random.nextInt(4) == 0) {
        patch.put("content", statement.text() + " again " + random.nextInt(1000));
      }
      count(counts, send("PATCH", "/v1/memories/" + id, patch) == null ? refused() : "update");
      return;
    }
    Statement next = supersede(statement, words, random);
    JsonNode result =
        send("POST", "/v1/memories", Map.of("user_id", next.user(), "content", next.text()));
    if (result == null) {
      count(counts, refused());
      return;
    }
    JsonNode first = result.get("results").get(0);
    String action = first.get("action").asText();
    count(counts, "resolved_" + action);
    String target = first.path("target_id").isTextual() ? first.get("target_id").asText() : null;
    synchronized (liveIds) {
      if (!"update".equals(action) || !id.equals(target)) {
        // the resolver replaced another memory than the one drawn, or none: the drawn one lives on,
        // the one replaced (if any) does not
        if (live.putIfAbsent(id, statement) == null) {
          liveIds.add(id);
        }
        if ("update".equals(action) && target != null && live.remove(target) != null) {
          liveIds.remove(target);
        }
      }
      if (!first.get("memory_id").isNull()) {
        String successor = first.get("memory_id").asText();
        if (live.putIfAbsent(successor, next) == null) {
          liveIds.add(successor);
        }
      }
    }
  }

  /**
   * A new memory of the user in place of one just deleted (not resolved, as loaded), so that the
   * number of memories stays the same: without it a fifth of the changes would be deletes, and
   * 500,000 changes would delete every one of 100,000 memories.
   */
  private void insert(
      String user, List<String> words, Random random, Map<String, AtomicLong> counts)
      throws IOException, InterruptedException {
    Statement fresh =
        new Statement(
            user,
            words.get(random.nextInt(words.size())),
            words.get(random.nextInt(words.size())),
            random.nextInt(1_000_000));
    Map<String, Object> item = Map.of("user_id", fresh.user(), "content", fresh.text());
    JsonNode ids =
        send("POST", "/v1/memories", Map.of("memories", List.of(item), "resolve", false));
    String id = ids.get("ids").get(0).asText();
    synchronized (liveIds) {
      live.put(id, fresh);
      liveIds.add(id);
    }
    count(counts, "insert");
  }

  /** The same statement with its second value changed: a contradiction of the old one. */
  private static Statement supersede(Statement old, List<String> words, Random random) {
    String second = old.second();
    while (second.equals(old.second())) {
      second = words.get(random.nextInt(words.size()));
    }
    return new Statement(old.user(), old.first(), second, old.note());
  }

  private static void count(Map<String, AtomicLong> counts, String name) {
    counts.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
  }

  private static List<String> words() {
    return List.of(
        "express shipping",
        "standard delivery",
        "green tea",
        "espresso",
        "window seats",
        "aisle seats",
        "dark mode",
        "email updates",
        "text messages",
        "oat milk",
        "vegetarian meals",
        "morning flights",
        "evening flights",
        "paper receipts",
        "the premium plan",
        "the basic plan",
        "jazz",
        "podcasts",
        "audiobooks",
        "hiking",
        "chess",
        "yoga",
        "sushi",
        "tacos");
  }

  /** The status of this thread's last request that was refused (404 or 409). */
  private final ThreadLocal<Integer> refusal = new ThreadLocal<>();

  /**
   * Why this thread's last request was refused: {@code not_found} (404: the memory is gone, e.g. a
   * version another client's write superseded and retention pruned) or {@code conflict} (409: a
   * concurrent change won).
   */
  private String refused() {
    Integer status = refusal.get();
    return status != null && status == 404 ? "not_found" : "conflict";
  }

  /**
   * Sends a request; the answer's body on 2xx, null on 404 or 409 (two clients chose the same
   * memory at once; {@link #refused} tells which), an exception otherwise.
   */
  private JsonNode send(String method, String path, Object body)
      throws IOException, InterruptedException {
    BenchHttp.Answer answer =
        BenchHttp.send(
            client, base, method, path, body, Duration.ofSeconds(120), BenchHttp.bearer(key));
    if (answer.status() == 404 || answer.status() == 409) {
      refusal.set(answer.status());
      return null;
    }
    if (!answer.ok()) {
      throw answer.refused();
    }
    return answer.json();
  }
}
