package dev.engram.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.analytics.LearningEvent;
import dev.engram.analytics.LearningHistory;
import dev.engram.analytics.MemoryChange;
import dev.engram.analytics.MemoryFact;
import dev.engram.analytics.Metric;
import dev.engram.analytics.SearchFact;
import dev.engram.analytics.Window;
import dev.engram.analytics.metrics.DashboardService;
import dev.engram.analytics.metrics.TrendService;
import dev.engram.analytics.reports.RenderedReport;
import dev.engram.analytics.reports.ReportFormat;
import dev.engram.analytics.reports.ReportRequest;
import dev.engram.analytics.reports.ReportService;
import dev.engram.analytics.reports.ReportType;
import dev.engram.memory.Json;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * {@code ./engram bench analytics --events N}: records N synthetic memory events, N/5 learning
 * events and N/10 searches over 90 days, 10 apps and 10,000 users into a fresh embedded store (or,
 * with {@code --postgres}, a fresh PostgreSQL database on 127.0.0.1:5432, dropped at the end)
 * through the learning history (batches of 1,000, one writer; raw rows and rollups in one
 * transaction per batch), then measures the dashboard and the trends (in-process service calls, no
 * HTTP) and the executive report of the organization across its apps as PDF. Prints a table, writes
 * JSON, and ends with {@code events_per_s=… dashboard_p95_ms=… trends_p95_ms=… report_pdf_ms=…
 * rss_mb=…}.
 *
 * <p>On PostgreSQL, {@code --load bulk} puts the same events into the raw tables with COPY and
 * rebuilds the rollups from them in SQL ({@link AnalyticsBulkLoad}), then records {@code --record}
 * more memory events (default 100,000, plus a fifth as learning events) through the learning
 * history, so {@code events_per_s} is the write path's rate on tables of that size; {@code
 * --pg-database NAME} keeps the database and {@code --load existing} measures it again. {@code
 * --check rollups} (with {@code --searches 0}) compares the rollups the write path maintained with
 * the SQL rebuild.
 */
public final class AnalyticsBench {
  private static final ObjectMapper JSON = Json.mapper();
  private static final Actor ADMIN = new Actor("bench", Role.PLATFORM_ADMIN, Optional.empty());
  private static final String[] CATEGORIES = {
    "shipping", "billing", "preferences", "health", "travel", "work", "family", "food"
  };
  private static final String[] DOMAINS = {
    "billing", "support", "legal_analysis", "recommendations", "search", "scheduling"
  };
  private static final String[] TYPES = {"training", "feedback", "correction", "adaptation"};
  private static final MemoryChange[] CHANGES = {
    MemoryChange.ADD,
    MemoryChange.ADD,
    MemoryChange.ADD,
    MemoryChange.ADD,
    MemoryChange.ADD,
    MemoryChange.UPDATE,
    MemoryChange.UPDATE,
    MemoryChange.REINFORCE,
    MemoryChange.REINFORCE,
    MemoryChange.SKIP,
    MemoryChange.DELETE,
    MemoryChange.EXPIRE,
    MemoryChange.IMPORT
  };
  private static final int BATCH = 1_000;

  private AnalyticsBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o =
        ToolArgs.parse(
            args,
            Set.of(
                "events",
                "learning",
                "searches",
                "days",
                "apps",
                "users",
                "queries",
                "out",
                "home",
                ToolArgs.POSTGRES,
                "pg-url",
                "pg-user",
                "pg-password",
                "pg-database",
                "load",
                "record",
                "check"));
    Map<String, Object> report = new LinkedHashMap<>();
    try (DataDirectory home = DataDirectory.of(o, "engram-bench-analytics-")) {
      if (o.containsKey("postgres")) {
        try (BenchPostgres database = BenchPostgres.create(o)) {
          report.put("store", "postgresql");
          run(home, o, report, database);
          database.tableSizes(8).forEach((table, mb) -> report.put("pg_mb_" + table, mb));
        }
      } else {
        report.put("store", "h2 (embedded)");
        run(home, o, report, null);
      }
    }
    print(report, o);
  }

  /** Receives the synthetic events a batch at a time. */
  @FunctionalInterface
  private interface Batches<T> {
    void accept(String app, List<T> batch) throws SQLException;
  }

  /**
   * The synthetic stream: events in time order over the days, a batch of 1,000 per app in turn, the
   * same sequence (seed 42) whether recorded through the learning history or bulk-loaded.
   */
  private static final class EventStream {
    private final List<String> apps;
    private final Instant start;
    private final long spanSeconds;
    private final int users;
    private final Random random = new Random(42);

    EventStream(List<String> apps, Instant start, long spanSeconds, int users) {
      this.apps = apps;
      this.start = start;
      this.spanSeconds = spanSeconds;
      this.users = users;
    }

    private String app(long i) {
      return apps.get((int) ((i / BATCH) % apps.size()));
    }

    void memory(long n, String prefix, Batches<MemoryFact> out) throws SQLException {
      for (long i = 0; i < n; i += BATCH) {
        String app = app(i);
        List<MemoryFact> facts = new ArrayList<>(BATCH);
        for (long j = i; j < Math.min(n, i + BATCH); j++) {
          Instant at = at(start, spanSeconds, i, n, random);
          facts.add(
              new MemoryFact(
                  app,
                  prefix + "mev_" + j,
                  "mem_" + random.nextInt(Math.max(1, (int) (n / 3))),
                  "user-" + random.nextInt(users),
                  "agent-" + random.nextInt(5),
                  CATEGORIES[random.nextInt(CATEGORIES.length)],
                  CHANGES[random.nextInt(CHANGES.length)],
                  random.nextInt(4) == 0 ? "llm" : "rules",
                  "key_bench",
                  at));
        }
        out.accept(app, facts);
      }
    }

    void learning(long n, String prefix, Batches<LearningEvent> out) throws SQLException {
      for (long i = 0; i < n; i += BATCH) {
        String app = app(i);
        List<LearningEvent> events = new ArrayList<>(BATCH);
        for (long j = i; j < Math.min(n, i + BATCH); j++) {
          events.add(learningEvent(prefix, j, random, users, at(start, spanSeconds, i, n, random)));
        }
        out.accept(app, events);
      }
    }

    void searches(long n, Batches<SearchFact> out) throws SQLException {
      for (long i = 0; i < n; i += BATCH) {
        String app = app(i);
        List<SearchFact> facts = new ArrayList<>(BATCH);
        for (long j = i; j < Math.min(n, i + BATCH); j++) {
          Instant at = at(start, spanSeconds, i, n, random);
          facts.add(
              new SearchFact(
                  app,
                  "user-" + random.nextInt(users),
                  "agent-" + random.nextInt(5),
                  5,
                  random.nextInt(10) < 8,
                  2 + random.nextExponential() * 4,
                  at));
        }
        out.accept(app, facts);
      }
    }
  }

  private static void run(
      DataDirectory home, Map<String, String> o, Map<String, Object> report, BenchPostgres postgres)
      throws IOException, SQLException {
    long memoryEvents = Long.parseLong(o.getOrDefault("events", "1000000"));
    long learningEvents =
        Long.parseLong(o.getOrDefault("learning", Long.toString(memoryEvents / 5)));
    long searches = Long.parseLong(o.getOrDefault("searches", Long.toString(memoryEvents / 10)));
    int days = Integer.parseInt(o.getOrDefault("days", "90"));
    int appCount = Integer.parseInt(o.getOrDefault("apps", "10"));
    int users = Integer.parseInt(o.getOrDefault("users", "10000"));
    int queries = Integer.parseInt(o.getOrDefault("queries", "60"));
    String load = o.getOrDefault("load", "api");
    if (!Set.of("api", "bulk", "existing").contains(load)) {
      throw new IllegalArgumentException("--load: api, bulk or existing, got '" + load + "'");
    }
    if (!load.equals("api") && postgres == null) {
      throw new IllegalArgumentException("--load " + load + " needs --postgres");
    }
    long recordAfter =
        Long.parseLong(o.getOrDefault("record", load.equals("api") ? "0" : "100000"));
    String check = o.get("check");
    if (check != null && !(check.equals("rollups") && postgres != null)) {
      throw new IllegalArgumentException("--check: only 'rollups', with --postgres");
    }
    Map<String, Object> database = postgres == null ? Map.of() : postgres.properties();
    try (ApplicationContext context = ToolContext.start(home.path(), database)) {
      String orgId;
      List<String> apps = new ArrayList<>();
      if (load.equals("existing")) {
        orgId = existingApps(postgres, apps);
        appCount = apps.size();
      } else {
        orgId = context.getBean(Organizations.class).create(ADMIN, "bench-org").id();
        for (int a = 0; a < appCount; a++) {
          apps.add(context.getBean(Apps.class).create(ADMIN, orgId, "bench-app-" + a, null).id());
        }
      }
      LearningHistory history = context.getBean(LearningHistory.class);
      Instant now = Instant.now();
      Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(days - 1, ChronoUnit.DAYS);
      long spanSeconds = Math.max(1, ChronoUnit.SECONDS.between(start, now));
      EventStream stream = new EventStream(apps, start, spanSeconds, users);

      report.put("load", load);
      report.put("memory_events", memoryEvents);
      report.put("learning_events", learningEvents);
      report.put("searches", searches);
      report.put("days", days);
      report.put("apps", appCount);
      report.put("users", users);
      if (load.equals("api")) {
        double[] seconds =
            record(history, stream, memoryEvents, learningEvents, searches, "", "record");
        report.put("memory_events_per_s", memoryEvents / seconds[0]);
        report.put("learning_events_per_s", learningEvents / seconds[1]);
        report.put("searches_per_s", searches / seconds[2]);
        report.put("events_per_s", (memoryEvents + learningEvents) / (seconds[0] + seconds[1]));
      } else if (load.equals("bulk")) {
        bulkLoad(postgres, stream, memoryEvents, learningEvents, searches, report);
      }
      if (recordAfter > 0) {
        // through the write path, on tables already at this size; ids of their own
        String prefix = "r" + Long.toString(System.currentTimeMillis(), 36) + "_";
        long recordLearning = recordAfter / 5;
        double[] seconds =
            record(
                history,
                new EventStream(apps, start, spanSeconds, users),
                recordAfter,
                recordLearning,
                0,
                prefix,
                "record");
        report.put("recorded_memory_events", recordAfter);
        report.put("recorded_learning_events", recordLearning);
        report.put("memory_events_per_s", recordAfter / seconds[0]);
        report.put("learning_events_per_s", recordLearning / seconds[1]);
        report.put("events_per_s", (recordAfter + recordLearning) / (seconds[0] + seconds[1]));
      }
      if (check != null) {
        try (java.sql.Connection c = postgres.connect()) {
          AnalyticsBulkLoad.checkRollups(c).forEach((k, v) -> report.put("check_" + k, v));
        }
      }

      DashboardService dashboards = context.getBean(DashboardService.class);
      TrendService trends = context.getBean(TrendService.class);
      ReportService reports = context.getBean(ReportService.class);
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      Window quarter = new Window(today.plusDays(1 - days), today.plusDays(1));
      Window month = new Window(today.plusDays(-29), today.plusDays(1));
      List<Metric> metrics = List.of(Metric.EVENTS, Metric.ACCURACY, Metric.FACTS_LEARNED);
      for (int w = 0; w < 5; w++) {
        dashboards.dashboard(apps.get(w % appCount), "all", 30);
        trends.trend(
            apps.get(w % appCount), "all", Metric.EVENTS, TrendService.Bucket.DAY, quarter, 7);
      }
      List<Double> dashboardMs = new ArrayList<>();
      List<Double> trendMs = new ArrayList<>();
      for (int q = 0; q < queries; q++) {
        String app = apps.get(q % appCount);
        long t = System.nanoTime();
        dashboards.dashboard(app, "all", 30);
        dashboardMs.add((System.nanoTime() - t) / 1e6);
        t = System.nanoTime();
        trends.trend(
            app, "all", metrics.get(q % metrics.size()), TrendService.Bucket.DAY, quarter, 7);
        trendMs.add((System.nanoTime() - t) / 1e6);
      }
      ReportRequest executive =
          new ReportRequest(orgId, null, ReportType.EXECUTIVE, "all", month, ReportFormat.PDF);
      long t = System.nanoTime();
      RenderedReport pdf = reports.render(executive);
      double firstPdfMs = (System.nanoTime() - t) / 1e6;
      List<Double> pdfMs = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        t = System.nanoTime();
        pdf = reports.render(executive);
        pdfMs.add((System.nanoTime() - t) / 1e6);
      }
      t = System.nanoTime();
      reports.render(
          new ReportRequest(orgId, null, ReportType.EXECUTIVE, "all", month, ReportFormat.HTML));
      double htmlMs = (System.nanoTime() - t) / 1e6;
      Path pdfOut = Path.of("bench-results", "analytics-executive.pdf");
      Files.createDirectories(pdfOut.toAbsolutePath().getParent());
      Files.write(pdfOut, pdf.body());

      Percentiles dashboard = new Percentiles(dashboardMs);
      Percentiles trend = new Percentiles(trendMs);
      report.put("dashboard_p50_ms", dashboard.at(50));
      report.put("dashboard_p95_ms", dashboard.at(95));
      report.put("trends_p50_ms", trend.at(50));
      report.put("trends_p95_ms", trend.at(95));
      report.put("report_pdf_first_ms", firstPdfMs);
      report.put("report_pdf_ms", new Percentiles(pdfMs).at(50));
      report.put("report_html_ms", htmlMs);
      report.put("report_pdf_kb", pdf.body().length / 1024.0);
      report.put("report_pdf", pdfOut.toAbsolutePath().toString());
      report.put("rss_mb", rssMb());
      report.put("cores", Runtime.getRuntime().availableProcessors());
      if (database.isEmpty()) {
        report.put("disk_mb", home.sizeMb());
      }
    }
  }

  /**
   * Events arrive in time order, as a live stream does: the batch starting at event {@code i} of
   * {@code n} covers its share of the span, each event at a random moment of it.
   */
  private static Instant at(Instant start, long spanSeconds, long i, long n, Random random) {
    double from = (double) i / n;
    double width = (double) BATCH / n;
    Instant at = start.plusSeconds((long) ((from + random.nextDouble() * width) * spanSeconds));
    Instant now = Instant.now();
    return at.isAfter(now) ? now : at;
  }

  /**
   * Records the events through the learning history (batches of 1,000, one writer, raw rows and
   * rollups in one transaction per batch); seconds spent on memory events, learning events and
   * searches.
   */
  private static double[] record(
      LearningHistory history,
      EventStream stream,
      long memoryEvents,
      long learningEvents,
      long searches,
      String prefix,
      String label)
      throws SQLException {
    Progress progress = new Progress(label, memoryEvents + learningEvents + searches);
    long[] done = {0};
    double[] seconds = new double[3];
    long started = System.nanoTime();
    stream.memory(
        memoryEvents,
        prefix,
        (app, facts) -> {
          history.recordMemoryFacts(facts);
          progress.update(done[0] += facts.size());
        });
    seconds[0] = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    stream.learning(
        learningEvents,
        prefix,
        (app, events) -> {
          history.record(app, events);
          progress.update(done[0] += events.size());
        });
    seconds[1] = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    stream.searches(
        searches,
        (app, facts) -> {
          history.recordSearches(facts);
          progress.update(done[0] += facts.size());
        });
    seconds[2] = (System.nanoTime() - started) / 1e9;
    return seconds;
  }

  /**
   * {@code --load bulk}: the same stream into the raw tables with COPY (searches into a staging
   * table), then the rollups rebuilt from them in SQL (see {@link AnalyticsBulkLoad}).
   */
  private static void bulkLoad(
      BenchPostgres postgres,
      EventStream stream,
      long memoryEvents,
      long learningEvents,
      long searches,
      Map<String, Object> report)
      throws SQLException {
    Progress progress = new Progress("copy", memoryEvents + learningEvents + searches);
    long started = System.nanoTime();
    try (AnalyticsBulkLoad bulk = AnalyticsBulkLoad.open(postgres.connect())) {
      try (AnalyticsBulkLoad.Copy copy = bulk.memoryHistory()) {
        stream.memory(
            memoryEvents,
            "",
            (app, facts) -> {
              for (MemoryFact f : facts) {
                copy.memory(f);
              }
              progress.update(bulk.rows());
            });
      }
      Instant recordedAt = Instant.now();
      try (AnalyticsBulkLoad.Copy copy = bulk.learningEvents()) {
        stream.learning(
            learningEvents,
            "",
            (app, events) -> {
              for (LearningEvent e : events) {
                copy.learning(app, e, payload(e), recordedAt);
              }
              progress.update(bulk.rows());
            });
      }
      try (AnalyticsBulkLoad.Copy copy = bulk.searches()) {
        stream.searches(
            searches,
            (app, facts) -> {
              for (SearchFact f : facts) {
                copy.search(f);
              }
              progress.update(bulk.rows());
            });
      }
      double copySeconds = (System.nanoTime() - started) / 1e9;
      report.put("bulk_copy_s", copySeconds);
      report.put("bulk_copy_rows_per_s", bulk.rows() / copySeconds);
      System.err.println("rebuilding the rollups from the raw rows …");
      started = System.nanoTime();
      bulk.rebuildRollups().forEach((step, s) -> report.put("rebuild_s_" + step, s));
      report.put("rebuild_s", (System.nanoTime() - started) / 1e9);
    }
  }

  private static String payload(LearningEvent e) {
    try {
      return JSON.writeValueAsString(e.payload());
    } catch (IOException x) {
      throw new java.io.UncheckedIOException(x);
    }
  }

  /** {@code --load existing}: the organization "bench-org" and its apps, by name. */
  private static String existingApps(BenchPostgres postgres, List<String> apps)
      throws SQLException {
    try (java.sql.Connection c = postgres.connect();
        java.sql.PreparedStatement org =
            c.prepareStatement("select id from organizations where name = 'bench-org'");
        java.sql.PreparedStatement appRows =
            c.prepareStatement("select id from apps where org_id = ? order by created_at, name")) {
      String orgId;
      try (java.sql.ResultSet row = org.executeQuery()) {
        if (!row.next()) {
          throw new IllegalArgumentException(
              "--load existing: no organization 'bench-org' in the database; load it first");
        }
        orgId = row.getString(1);
      }
      appRows.setString(1, orgId);
      try (java.sql.ResultSet rows = appRows.executeQuery()) {
        while (rows.next()) {
          apps.add(rows.getString(1));
        }
      }
      return orgId;
    }
  }

  private static LearningEvent learningEvent(
      String prefix, long j, Random random, int users, Instant at) {
    String type = TYPES[random.nextInt(TYPES.length)];
    String domain = DOMAINS[random.nextInt(DOMAINS.length)];
    String agent = "agent-" + random.nextInt(5);
    String user = "user-" + random.nextInt(users);
    double confidence = Math.round((0.5 + random.nextDouble() * 0.5) * 100) / 100.0;
    int rating = 1 + random.nextInt(5);
    boolean correct = random.nextDouble() < confidence - 0.05;
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("event_type", type);
    payload.put("domain", domain);
    payload.put("agent_id", agent);
    payload.put("user_id", user);
    payload.put("output", Map.of("confidence", confidence));
    payload.put("feedback", Map.of("rating", rating, "correct", correct));
    payload.put("timestamp", at.toString());
    return new LearningEvent(
        prefix + "lev_bench_" + j,
        type,
        domain,
        null,
        agent,
        user,
        null,
        null,
        confidence,
        rating,
        correct,
        null,
        null,
        List.of(),
        null,
        payload,
        at);
  }

  /** Resident memory of this process (bench and store in one JVM), from /proc. */
  private static double rssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  private static void print(Map<String, Object> report, Map<String, String> o) throws IOException {
    Path out =
        Path.of(
            o.getOrDefault(
                "out", "bench-results/analytics-" + report.get("memory_events") + ".json"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    System.out.println();
    report.forEach(
        (name, value) ->
            System.out.printf(
                "%-26s %s%n", name, value instanceof Double d ? String.format("%.2f", d) : value));
    System.out.println("json: " + out.toAbsolutePath());
    System.out.printf(
        "events_per_s=%.0f dashboard_p95_ms=%.1f trends_p95_ms=%.1f report_pdf_ms=%.0f"
            + " rss_mb=%.0f%n",
        number(report, "events_per_s"),
        number(report, "dashboard_p95_ms"),
        number(report, "trends_p95_ms"),
        number(report, "report_pdf_ms"),
        number(report, "rss_mb"));
  }

  private static double number(Map<String, Object> report, String name) {
    return ((Number) report.get(name)).doubleValue();
  }
}
