package dev.engram.analytics.metrics;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.Metric;
import dev.engram.analytics.Window;
import dev.engram.analytics.store.RollupReader;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The executive view of an organization: its apps' rollups summed into one set of totals (rates
 * recomputed from the summed parts, latency percentiles from the summed histograms), the same per
 * app, the daily series across apps, the change against the previous window and the strongest
 * insights of every app. The caller passes the apps it may see (analytics knows app ids only).
 */
@Singleton
public final class OrgSummaryService {
  /** Counts compared with the previous window of equal length. */
  static final List<Metric> CHANGES =
      List.of(
          Metric.EVENTS,
          Metric.FACTS_LEARNED,
          Metric.FACTS_CORRECTED,
          Metric.SEARCHES,
          Metric.FEEDBACK);

  /** The daily series of the view (counts: they add up across apps). */
  static final List<Metric> SERIES =
      List.of(Metric.EVENTS, Metric.FACTS_LEARNED, Metric.FACTS_CORRECTED, Metric.SEARCHES);

  private final RollupReader reader;
  private final InsightService insights;

  OrgSummaryService(RollupReader reader, InsightService insights) {
    this.reader = requireNonNull(reader, "reader is null");
    this.insights = requireNonNull(insights, "insights is null");
  }

  /**
   * The summary of the apps (id → name, in the order to list them) over the window.
   *
   * @param maxInsights how many insights to keep across all apps, strongest first
   */
  public Map<String, Object> summary(Map<String, String> apps, Window window, int maxInsights) {
    Sums total = new Sums();
    Sums previousTotal = new Sums();
    long[] histogram = new long[0];
    long activeUsers = 0;
    long users = 0;
    long memories = 0;
    Map<LocalDate, Sums> daily = new TreeMap<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> found = new ArrayList<>();
    for (Map.Entry<String, String> app : apps.entrySet()) {
      String appId = app.getKey();
      Selection selection = Selection.read(reader, appId, RollupReader.ALL, window);
      Sums sums = selection.total();
      selection.days().forEach((day, s) -> daily.computeIfAbsent(day, d -> new Sums()).add(s));
      total.add(sums);
      previousTotal.add(Selection.read(reader, appId, RollupReader.ALL, window.previous()).total());
      long[] appHistogram = reader.latencyHistogram(appId, window);
      histogram = add(histogram, appHistogram);
      long appActive = reader.activeUsers(appId, window);
      long appUsers = reader.usersBefore(appId, window.end());
      long appMemories = reader.netMemoriesBefore(appId, window.to());
      activeUsers += appActive;
      users += appUsers;
      memories += appMemories;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("app_id", appId);
      row.put("name", app.getValue());
      row.putAll(numbers(sums, appHistogram, appActive, appUsers, appMemories));
      rows.add(row);
      for (Map<String, Object> insight : insights.insights(appId, RollupReader.ALL, window)) {
        Map<String, Object> tagged = new LinkedHashMap<>();
        tagged.put("app_id", appId);
        tagged.put("app_name", app.getValue());
        tagged.putAll(insight);
        found.add(tagged);
      }
    }
    found.sort(Comparator.comparing((Map<String, Object> i) -> (Double) i.get("score")).reversed());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", window.from().toString());
    out.put("to", window.to().toString());
    out.put("days", window.days());
    out.put("totals", numbers(total, histogram, activeUsers, users, memories));
    out.put("change", change(total, previousTotal));
    out.put("apps", rows);
    out.put("daily", series(daily));
    out.put("insights", found.subList(0, Math.min(maxInsights, found.size())));
    return out;
  }

  /** The numbers of one app or of all: counts, rates from summed parts, latency percentiles. */
  private static Map<String, Object> numbers(
      Sums sums, long[] histogram, long activeUsers, long users, long memories) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Metric m :
        List.of(
            Metric.EVENTS,
            Metric.FEEDBACK,
            Metric.ACCURACY,
            Metric.MEAN_RATING,
            Metric.FACTS_LEARNED,
            Metric.FACTS_CORRECTED,
            Metric.FACTS_REINFORCED,
            Metric.FACTS_FORGOTTEN,
            Metric.CONTRADICTION_RATE,
            Metric.SEARCHES,
            Metric.HIT_RATE)) {
      Double v = sums.value(m);
      out.put(m.wireName(), m.additive() && v != null ? (Object) v.longValue() : v);
    }
    out.put("search_p50_ms", MetricsService.percentile(histogram, 0.50));
    out.put("search_p95_ms", MetricsService.percentile(histogram, 0.95));
    out.put("active_users", activeUsers);
    out.put("users", users);
    out.put("memories", memories);
    return out;
  }

  /** (current − previous) / |previous| per count; null when the previous window had none. */
  private static Map<String, Object> change(Sums current, Sums previous) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Metric m : CHANGES) {
      double now = current.value(m);
      double before = previous.value(m);
      out.put(m.wireName(), before == 0 ? null : (now - before) / Math.abs(before));
    }
    return out;
  }

  private static List<Map<String, Object>> series(Map<LocalDate, Sums> daily) {
    List<Map<String, Object>> out = new ArrayList<>();
    daily.forEach(
        (day, sums) -> {
          Map<String, Object> point = new LinkedHashMap<>();
          point.put("day", day.toString());
          for (Metric m : SERIES) {
            point.put(m.wireName(), sums.value(m).longValue());
          }
          out.add(point);
        });
    return out;
  }

  private static long[] add(long[] a, long[] b) {
    long[] sum = new long[Math.max(a.length, b.length)];
    for (int i = 0; i < sum.length; i++) {
      sum[i] = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0);
    }
    return sum;
  }
}
