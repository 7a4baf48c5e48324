package dev.engram.analytics.metrics;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsConfiguration;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.Metric;
import dev.engram.analytics.Window;
import dev.engram.analytics.store.QueryCompiler;
import dev.engram.analytics.store.QueryCompiler.Dimension;
import dev.engram.analytics.store.QueryRunner;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The analytics query language: {@code {"metrics": [...], "group_by": [...], "filters": {...},
 * "from", "to", "days"}}. Metrics are {@link Metric} names; group-by and filter keys are {@code
 * day, source, kind, domain, agent, engine}; filter values are lists of strings. Compiled by {@link
 * QueryCompiler} into parameterized SQL over the daily rollup.
 */
@Singleton
public final class QueryService {
  private static final Set<String> KEYS =
      Set.of("metric", "metrics", "group_by", "filters", "from", "to", "days", "limit");

  private final QueryRunner runner;
  private final AnalyticsConfiguration configuration;
  private final Clock clock;

  QueryService(QueryRunner runner, AnalyticsConfiguration configuration, Clock clock) {
    this.runner = requireNonNull(runner, "runner is null");
    this.configuration = requireNonNull(configuration, "configuration is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  public Map<String, Object> query(String appId, @Nullable Object body) {
    if (!(body instanceof Map<?, ?> map)) {
      throw AnalyticsException.invalid("body", "must be a JSON object");
    }
    for (Object k : map.keySet()) {
      if (!KEYS.contains(String.valueOf(k))) {
        throw new AnalyticsException(
            dev.engram.analytics.AnalyticsErrorCode.UNKNOWN_FIELD,
            k + ": unknown field; use " + String.join(", ", KEYS),
            String.valueOf(k));
      }
    }
    List<Metric> metrics = new ArrayList<>();
    for (String name : strings(map.get("metrics"), "metrics", 20)) {
      metrics.add(Metric.parse(name, "metrics"));
    }
    if (map.get("metric") != null) {
      metrics.add(Metric.parse(String.valueOf(map.get("metric")), "metric"));
    }
    if (metrics.isEmpty()) {
      throw AnalyticsException.missing("metrics");
    }
    if (metrics.contains(Metric.ACTIVE_USERS)) {
      throw AnalyticsException.invalid(
          "metrics",
          "active_users is not groupable; use /v1/learning/trends/all?metric=active_users");
    }
    List<Dimension> groupBy = new ArrayList<>();
    for (String name : strings(map.get("group_by"), "group_by", 3)) {
      groupBy.add(dimension(name, "group_by"));
    }
    Map<Dimension, List<String>> filters = new EnumMap<>(Dimension.class);
    if (map.get("filters") != null) {
      if (!(map.get("filters") instanceof Map<?, ?> f)) {
        throw AnalyticsException.invalid("filters", "must be an object of lists");
      }
      f.forEach(
          (k, v) -> {
            Dimension d = dimension(String.valueOf(k), "filters." + k);
            if (d == Dimension.DAY) {
              throw AnalyticsException.invalid("filters.day", "select days with from/to or days");
            }
            filters.put(d, strings(v instanceof String s ? List.of(s) : v, "filters." + k, 100));
          });
    }
    Integer days = map.get("days") instanceof Number n ? n.intValue() : null;
    if (map.get("days") != null && days == null) {
      throw AnalyticsException.invalid("days", "must be a number");
    }
    Window window =
        Window.of(
            map.get("from") == null ? null : String.valueOf(map.get("from")),
            map.get("to") == null ? null : String.valueOf(map.get("to")),
            days,
            clock,
            configuration.retention());
    QueryCompiler.Compiled compiled = QueryCompiler.compile(appId, window, groupBy, filters);
    Map<List<String>, Sums> groups = new LinkedHashMap<>();
    for (QueryRunner.Group g : runner.run(compiled, groupBy.size())) {
      groups.computeIfAbsent(g.values(), k -> new Sums()).add(g.sums());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    groups.forEach(
        (values, sums) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 0; i < groupBy.size(); i++) {
            row.put(groupBy.get(i).name().toLowerCase(Locale.ROOT), values.get(i));
          }
          for (Metric m : metrics) {
            row.put(m.wireName(), sums.value(m));
          }
          rows.add(row);
        });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", window.from().toString());
    out.put("to", window.to().toString());
    out.put("metrics", metrics.stream().map(Metric::wireName).toList());
    out.put("group_by", groupBy.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
    out.put("rows", rows);
    return out;
  }

  private static Dimension dimension(String name, String field) {
    for (Dimension d : Dimension.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(name)) {
        return d;
      }
    }
    throw AnalyticsException.invalid(field, "one of day, source, kind, domain, agent, engine");
  }

  private static List<String> strings(@Nullable Object value, String field, int max) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || list.size() > max) {
      throw AnalyticsException.invalid(field, "must be a list of at most " + max + " strings");
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s) || s.isBlank() || s.length() > 255) {
        throw AnalyticsException.invalid(field, "items must be non-empty strings");
      }
      out.add(s);
    }
    return out;
  }
}
