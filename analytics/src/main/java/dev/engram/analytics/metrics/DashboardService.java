package dev.engram.analytics.metrics;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.Metric;
import dev.engram.analytics.Window;
import dev.engram.analytics.store.DayRow;
import dev.engram.analytics.store.RollupReader;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Seed 002's dashboard (realtime, today, trends, insights, top performers) and realtime view. */
@Singleton
public final class DashboardService {
  private static final List<Metric> TRENDS =
      List.of(Metric.EVENTS, Metric.ACCURACY, Metric.FACTS_LEARNED, Metric.SEARCHES);

  private final RollupReader reader;
  private final InsightService insights;
  private final Clock clock;

  DashboardService(RollupReader reader, InsightService insights, Clock clock) {
    this.reader = requireNonNull(reader, "reader is null");
    this.insights = requireNonNull(insights, "insights is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  public Map<String, Object> dashboard(String appId, String domain, int days) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Window window = new Window(today.plusDays(1 - days), today.plusDays(1));
    Selection selection = Selection.read(reader, appId, domain, window);
    Sums now = selection.days().get(today);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("domain", domain);
    out.put("realtime", realtime(appId, domain));
    Map<String, Object> todayView = new LinkedHashMap<>();
    todayView.put(
        "ai_performance",
        values(now, Metric.EVENTS, Metric.ACCURACY, Metric.MEAN_CONFIDENCE, Metric.MEAN_RATING));
    todayView.put(
        "memory",
        values(
            now,
            Metric.FACTS_LEARNED,
            Metric.FACTS_CORRECTED,
            Metric.FACTS_REINFORCED,
            Metric.FACTS_FORGOTTEN,
            Metric.CONTRADICTION_RATE));
    todayView.put("retrieval", values(now, Metric.SEARCHES, Metric.HIT_RATE));
    todayView.put("business_impact", values(now, Metric.PERFORMANCE_CHANGE, Metric.FEEDBACK));
    out.put("today", todayView);
    List<Map<String, Object>> trends = new ArrayList<>();
    for (Metric metric : TRENDS) {
      Map<String, Double> series = TrendService.buckets(selection, metric, TrendService.Bucket.DAY);
      Map<String, Object> trend = new LinkedHashMap<>();
      trend.put("metric", metric.wireName());
      trend.put("points", TrendService.points(series, 7));
      trends.add(trend);
    }
    out.put("trends", trends);
    List<Map<String, Object>> found = insights.insights(appId, domain, window);
    out.put("insights", found.subList(0, Math.min(5, found.size())));
    out.put("top_performers", topPerformers(reader.learningPeriodTotals(appId, window, domain)));
    return out;
  }

  private static Map<String, Object> values(Sums sums, Metric... metrics) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Metric m : metrics) {
      out.put(m.wireName(), sums == null ? null : sums.value(m));
    }
    return out;
  }

  /**
   * Top agents and domains of the window: by accuracy where they have at least 5 feedback, then by
   * events.
   */
  static Map<String, Object> topPerformers(List<DayRow> rows) {
    Map<String, Sums> agents = new TreeMap<>();
    Map<String, Sums> domains = new TreeMap<>();
    for (DayRow r : rows) {
      if (r.source().equals("learning")) {
        if (!r.agentId().isEmpty()) {
          agents.computeIfAbsent(r.agentId(), k -> new Sums()).add(r);
        }
        domains.computeIfAbsent(r.dimension(), k -> new Sums()).add(r);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("agents", rank(agents, "agent_id"));
    out.put("domains", rank(domains, "domain"));
    return out;
  }

  private static List<Map<String, Object>> rank(Map<String, Sums> groups, String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    groups.forEach(
        (name, sums) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put(key, name);
          row.put("events", sums.events);
          row.put("feedback", sums.feedback);
          row.put("accuracy", sums.feedback >= 5 ? sums.value(Metric.ACCURACY) : null);
          row.put("mean_rating", sums.value(Metric.MEAN_RATING));
          out.add(row);
        });
    out.sort(
        Comparator.comparing(
                (Map<String, Object> r) ->
                    r.get("accuracy") == null ? -1.0 : (Double) r.get("accuracy"))
            .thenComparing(r -> (Long) r.get("events"))
            .reversed());
    return out.subList(0, Math.min(5, out.size()));
  }

  /** Activity of the last hour and the current rate, from the hourly rollup. */
  public Map<String, Object> realtime(String appId, String domain) {
    Instant now = clock.instant();
    Instant hour = now.truncatedTo(ChronoUnit.HOURS);
    Map<Instant, Map<String, Long>> hours =
        reader.hourly(
            appId, hour.minus(1, ChronoUnit.HOURS), hour.plus(1, ChronoUnit.HOURS), domain);
    Map<String, Long> current = hours.getOrDefault(hour, Map.of());
    Map<String, Long> previous = hours.getOrDefault(hour.minus(1, ChronoUnit.HOURS), Map.of());
    long currentEvents = current.values().stream().mapToLong(Long::longValue).sum();
    double elapsed = Math.max(1, Duration.between(hour, now).toSeconds());
    Map<String, Long> bySource = new TreeMap<>();
    current.forEach((k, v) -> bySource.merge(k.substring(0, k.indexOf('/')), v, Long::sum));
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Set<String> agents = new HashSet<>();
    for (DayRow r : reader.daily(appId, new Window(today, today.plusDays(1)), domain)) {
      if (!r.agentId().isEmpty()) {
        agents.add(r.agentId());
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("at", now.toString());
    out.put("hour", hour.toString());
    out.put("events_this_hour", currentEvents);
    out.put("events_previous_hour", previous.values().stream().mapToLong(Long::longValue).sum());
    out.put("events_per_second", currentEvents / elapsed);
    out.put("by_source", bySource);
    out.put("active_agents_today", agents.size());
    return out;
  }
}
