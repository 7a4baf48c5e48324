package dev.engram.analytics.metrics;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.Metric;
import dev.engram.analytics.Window;
import dev.engram.analytics.store.RollupReader;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trends: a metric as a time series in hour, day or week buckets, its moving average, its change
 * against the previous window of the same length, and a Holt forecast with its back-test error.
 */
@Singleton
public final class TrendService {
  /** Buckets of a trend. */
  public enum Bucket {
    HOUR,
    DAY,
    WEEK;

    public static Bucket parse(@Nullable String value) {
      if (value == null) {
        return DAY;
      }
      return switch (value) {
        case "hour" -> HOUR;
        case "day" -> DAY;
        case "week" -> WEEK;
        default -> throw AnalyticsException.invalid("bucket", "one of hour, day, week");
      };
    }
  }

  private static final int MAX_HOUR_DAYS = 14;

  private final RollupReader reader;

  TrendService(RollupReader reader) {
    this.reader = requireNonNull(reader, "reader is null");
  }

  public Map<String, Object> trend(
      String appId, String domain, Metric metric, Bucket bucket, Window window, int movingAverage) {
    if (movingAverage < 1 || movingAverage > 60) {
      throw AnalyticsException.invalid("moving_average", "between 1 and 60 buckets");
    }
    Selection current = Selection.read(reader, appId, domain, window);
    Map<String, Double> series =
        bucket == Bucket.HOUR
            ? hourly(appId, domain, metric, window)
            : buckets(current, metric, bucket);
    Selection previous = Selection.read(reader, appId, domain, window.previous());
    Double now = current.total().value(metric);
    Double before = previous.total().value(metric);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("metric", metric.wireName());
    out.put("formula", metric.formula());
    out.put("domain", domain);
    out.put("bucket", bucket.name().toLowerCase(java.util.Locale.ROOT));
    out.put("from", window.from().toString());
    out.put("to", window.to().toString());
    out.put("points", points(series, movingAverage));
    out.put("moving_average_buckets", movingAverage);
    out.put("current", now);
    out.put("previous", before);
    out.put(
        "change",
        now == null || before == null || before == 0 ? null : (now - before) / Math.abs(before));
    out.put("forecast", forecast(series));
    return out;
  }

  static Map<String, Double> buckets(Selection selection, Metric metric, Bucket bucket) {
    Map<String, Sums> grouped = new TreeMap<>();
    selection
        .days()
        .forEach(
            (day, sums) -> {
              LocalDate start =
                  bucket == Bucket.WEEK
                      ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                      : day;
              grouped.computeIfAbsent(start.toString(), k -> new Sums()).add(sums);
            });
    Map<String, Double> series = new LinkedHashMap<>();
    grouped.forEach((start, sums) -> series.put(start, sums.value(metric)));
    return series;
  }

  private Map<String, Double> hourly(String appId, String domain, Metric metric, Window window) {
    if (window.days() > MAX_HOUR_DAYS) {
      throw AnalyticsException.invalid(
          "bucket", "hour buckets cover at most " + MAX_HOUR_DAYS + " days; use day or week");
    }
    List<String> kinds =
        switch (metric) {
          case EVENTS -> List.of("learning/");
          case FACTS_LEARNED -> List.of("memory/ADD", "memory/IMPORT");
          case FACTS_CORRECTED -> List.of("memory/UPDATE");
          case FACTS_REINFORCED -> List.of("memory/REINFORCE");
          case FACTS_FORGOTTEN -> List.of("memory/DELETE", "memory/EXPIRE");
          case SEARCHES -> List.of("search/");
          case FEEDBACK,
              ACCURACY,
              MEAN_CONFIDENCE,
              MEAN_RATING,
              PERFORMANCE_CHANGE,
              CONTRADICTION_RATE,
              HIT_RATE,
              ACTIVE_USERS ->
              throw AnalyticsException.invalid(
                  "bucket",
                  "hour buckets exist for events, facts_* and searches; use day or week for "
                      + metric.wireName());
        };
    Map<Instant, Map<String, Long>> hours =
        reader.hourly(appId, window.start(), window.end(), domain);
    Map<String, Double> series = new LinkedHashMap<>();
    for (Instant h = window.start(); h.isBefore(window.end()); h = h.plus(1, ChronoUnit.HOURS)) {
      long count = 0;
      for (Map.Entry<String, Long> e : hours.getOrDefault(h, Map.of()).entrySet()) {
        for (String kind : kinds) {
          if (kind.endsWith("/") ? e.getKey().startsWith(kind) : e.getKey().equals(kind)) {
            count += e.getValue();
          }
        }
      }
      series.put(h.toString(), (double) count);
    }
    return series;
  }

  /** Points with the trailing moving average over the last {@code n} defined values. */
  static List<Map<String, Object>> points(Map<String, Double> series, int n) {
    List<Map<String, Object>> points = new ArrayList<>();
    List<Double> window = new ArrayList<>();
    for (Map.Entry<String, Double> e : series.entrySet()) {
      if (e.getValue() != null) {
        window.add(e.getValue());
        if (window.size() > n) {
          window.remove(0);
        }
      }
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("start", e.getKey());
      point.put("value", e.getValue());
      point.put(
          "moving_average",
          window.isEmpty()
              ? null
              : window.stream().mapToDouble(Double::doubleValue).average().orElse(0));
      points.add(point);
    }
    return points;
  }

  @Nullable
  static Map<String, Object> forecast(Map<String, Double> series) {
    double[] values =
        series.values().stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
    if (values.length < 8) {
      return null;
    }
    int horizon = Math.min(7, values.length / 4);
    Stats.Forecast f = Stats.holt(values, horizon);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", "Holt linear smoothing, alpha/beta fitted on a 0.1 grid");
    out.put("alpha", f.alpha());
    out.put("beta", f.beta());
    out.put("next", f.next());
    out.put("backtest_holdout", f.holdout());
    out.put("backtest_mae", f.backtestMae());
    out.put("backtest_mape", Double.isNaN(f.backtestMape()) ? null : f.backtestMape());
    return out;
  }
}
