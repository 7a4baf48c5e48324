package dev.engram.analytics.metrics;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.Metric;
import dev.engram.analytics.Window;
import dev.engram.analytics.store.DayRow;
import dev.engram.analytics.store.RollupReader;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Insights (anomalies by robust z-score and opportunities by rules over the metrics), patterns
 * (recurring combinations above a support threshold) and recommendations derived from both.
 */
@Singleton
public final class InsightService {
  /** Metrics whose daily series are searched for anomalies. */
  static final List<Metric> WATCHED =
      List.of(
          Metric.EVENTS,
          Metric.ACCURACY,
          Metric.FACTS_LEARNED,
          Metric.FACTS_CORRECTED,
          Metric.FACTS_FORGOTTEN,
          Metric.SEARCHES,
          Metric.HIT_RATE);

  /** Fewest observations behind a rate before a rule fires on it. */
  static final int MIN_SUPPORT_COUNT = 20;

  private final RollupReader reader;

  InsightService(RollupReader reader) {
    this.reader = requireNonNull(reader, "reader is null");
  }

  /** Anomalies and opportunities of the window, strongest first. */
  public List<Map<String, Object>> insights(String appId, String domain, Window window) {
    Map<String, List<DayRow>> scopes = new LinkedHashMap<>();
    scopes.put(domain, reader.dailyTotals(appId, window, domain));
    if (domain.equals(RollupReader.ALL)) {
      for (DayRow row : reader.dailyLearning(appId, window, domain)) {
        scopes.computeIfAbsent(row.dimension(), k -> new ArrayList<>()).add(row);
      }
    }
    List<Map<String, Object>> insights = new ArrayList<>();
    for (Map.Entry<String, List<DayRow>> scope : scopes.entrySet()) {
      Map<LocalDate, Sums> days =
          Sums.byDay(scope.getValue(), window.from(), window.to(), Map.of());
      boolean sub = !scope.getKey().equals(domain);
      for (Metric metric : sub ? List.of(Metric.EVENTS, Metric.ACCURACY) : WATCHED) {
        insights.addAll(anomalies(scope.getKey(), metric, days));
      }
      insights.addAll(opportunities(scope.getKey(), Sums.total(days.values())));
    }
    insights.sort(
        Comparator.comparing((Map<String, Object> i) -> (Double) i.get("score")).reversed());
    return insights;
  }

  static List<Map<String, Object>> anomalies(
      String domain, Metric metric, Map<LocalDate, Sums> days) {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    days.forEach(
        (day, sums) -> {
          Double v = sums.value(metric);
          if (v != null) {
            dates.add(day);
            values.add(v);
          }
        });
    double[] series = values.stream().mapToDouble(Double::doubleValue).toArray();
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i : Stats.anomalies(series)) {
      double expected = Stats.expected(series, i);
      double z = Stats.detrendedZ(series, i);
      String direction = series[i] > expected ? "spike" : "drop";
      Map<String, Object> insight = new LinkedHashMap<>();
      insight.put("type", "anomaly");
      insight.put("metric", metric.wireName());
      insight.put("domain", domain);
      insight.put("since", dates.get(i).toString());
      insight.put("value", series[i]);
      insight.put("expected", expected);
      insight.put("robust_z", Double.isInfinite(z) ? (z > 0 ? 1e9 : -1e9) : z);
      insight.put("direction", direction);
      insight.put("score", Math.min(Math.abs(z), 1e9));
      insight.put(
          "message",
          String.format(
              Locale.ROOT,
              "%s in %s: %s of %.3g on %s against an expected %.3g (%s, threshold %.1f)",
              metric.wireName(),
              domain,
              direction,
              series[i],
              dates.get(i),
              expected,
              Double.isInfinite(z)
                  ? "the days before were all equal, so any change stands out"
                  : String.format(Locale.ROOT, "robust z %.1f", z),
              Stats.ANOMALY_THRESHOLD));
      out.add(insight);
    }
    return out;
  }

  static List<Map<String, Object>> opportunities(String domain, Sums total) {
    List<Map<String, Object>> out = new ArrayList<>();
    Double accuracy = total.value(Metric.ACCURACY);
    if (accuracy != null && total.feedback >= MIN_SUPPORT_COUNT && accuracy < 0.8) {
      out.add(
          opportunity(
              domain,
              "accuracy",
              accuracy,
              0.8,
              "accuracy is %.0f%% over %d feedback; review the corrections of this domain"
                  .formatted(accuracy * 100, total.feedback)));
    }
    Double confidence = total.value(Metric.MEAN_CONFIDENCE);
    if (accuracy != null
        && confidence != null
        && total.feedback >= MIN_SUPPORT_COUNT
        && confidence - accuracy > 0.15) {
      out.add(
          opportunity(
              domain,
              "mean_confidence",
              confidence,
              accuracy,
              "agents are overconfident: mean confidence %.0f%% against accuracy %.0f%%"
                  .formatted(confidence * 100, accuracy * 100)));
    }
    Double hitRate = total.value(Metric.HIT_RATE);
    if (hitRate != null && total.searches >= MIN_SUPPORT_COUNT && hitRate < 0.5) {
      out.add(
          opportunity(
              domain,
              "hit_rate",
              hitRate,
              0.5,
              "only %.0f%% of %d searches found a memory above the threshold; store more facts or lower the threshold"
                  .formatted(hitRate * 100, total.searches)));
    }
    Double contradictions = total.value(Metric.CONTRADICTION_RATE);
    long statements = total.mem("ADD", "IMPORT", "UPDATE", "DELETE", "REINFORCE", "SKIP");
    if (contradictions != null && statements >= MIN_SUPPORT_COUNT && contradictions > 0.3) {
      out.add(
          opportunity(
              domain,
              "contradiction_rate",
              contradictions,
              0.3,
              "%.0f%% of %d statements changed or contradicted a known fact; facts are unstable here"
                  .formatted(contradictions * 100, statements)));
    }
    return out;
  }

  private static Map<String, Object> opportunity(
      String domain, String metric, double value, double reference, String message) {
    Map<String, Object> insight = new LinkedHashMap<>();
    insight.put("type", "opportunity");
    insight.put("metric", metric);
    insight.put("domain", domain);
    insight.put("value", value);
    insight.put("expected", reference);
    insight.put("score", Math.abs(value - reference) * 10);
    insight.put("message", message);
    return insight;
  }

  /**
   * Recurring combinations of (source, kind, dimension, agent) whose share of their source's events
   * in the window is at least {@code minSupport}, largest first.
   */
  public List<Map<String, Object>> patterns(
      String appId, String domain, Window window, double minSupport) {
    Map<String, Long> bySource = new TreeMap<>();
    Map<List<String>, Long> combos = new LinkedHashMap<>();
    for (DayRow r : reader.periodTotals(appId, window, domain)) {
      bySource.merge(r.source(), r.events(), Long::sum);
      combos.merge(
          List.of(r.source(), r.kind(), r.dimension(), r.agentId()), r.events(), Long::sum);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    combos.forEach(
        (key, events) -> {
          long total = bySource.getOrDefault(key.get(0), 0L);
          double support = total == 0 ? 0 : (double) events / total;
          if (support >= minSupport) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("source", key.get(0));
            p.put("kind", key.get(1));
            p.put("dimension", key.get(2).isEmpty() ? null : key.get(2));
            p.put("agent_id", key.get(3).isEmpty() ? null : key.get(3));
            p.put("events", events);
            p.put("support", support);
            p.put(
                "description",
                String.format(
                    Locale.ROOT,
                    "%.0f%% of %s events are %s%s%s",
                    support * 100,
                    key.get(0),
                    key.get(1),
                    key.get(2).isEmpty() ? "" : " in " + key.get(2),
                    key.get(3).isEmpty() ? "" : " by " + key.get(3)));
            out.add(p);
          }
        });
    out.sort(Comparator.comparing((Map<String, Object> p) -> (Double) p.get("support")).reversed());
    return out;
  }

  /** Recommendations, each with the insights or patterns it rests on. */
  public List<Map<String, Object>> recommendations(String appId, String domain, Window window) {
    return recommendations(appId, domain, window, insights(appId, domain, window));
  }

  /** Recommendations from insights already found for the same app, domain and window. */
  public List<Map<String, Object>> recommendations(
      String appId, String domain, Window window, List<Map<String, Object>> insights) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> insight : insights) {
      String metric = (String) insight.get("metric");
      String action =
          switch (metric) {
            case "accuracy" ->
                insight.get("type").equals("anomaly") && "drop".equals(insight.get("direction"))
                    ? "accuracy dropped: check what changed in the agent or its inputs that day"
                    : "retrain or adjust prompts with the corrections recorded in this domain";
            case "mean_confidence" -> "calibrate the agent's confidence against its feedback";
            case "hit_rate" -> "store more facts for these users or lower the similarity threshold";
            case "contradiction_rate" -> "review the conflicting facts; ask users to confirm";
            case "facts_corrected", "facts_forgotten" -> "review what was corrected or forgotten";
            default -> "look into the change in " + metric;
          };
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("domain", insight.get("domain"));
      r.put("recommendation", action);
      r.put("priority", ((Double) insight.get("score")) >= 10 ? "high" : "medium");
      r.put("evidence", List.of(insight));
      out.add(r);
    }
    for (Map<String, Object> p : patterns(appId, domain, window, 0.5)) {
      if ("correction".equals(p.get("kind")) || "UPDATE".equals(p.get("kind"))) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("domain", p.get("dimension"));
        r.put("recommendation", "corrections concentrate here: " + p.get("description"));
        r.put("priority", "medium");
        r.put("evidence", List.of(p));
        out.add(r);
      }
    }
    return out;
  }
}
