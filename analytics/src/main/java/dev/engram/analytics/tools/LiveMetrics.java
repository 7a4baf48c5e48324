package dev.engram.analytics.tools;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.metrics.DashboardService;
import dev.engram.analytics.store.RollupReader;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Seed 000's metrics: the current snapshot, hourly history, aggregates and tool comparison. */
@Singleton
public final class LiveMetrics {
  private final RollupReader reader;
  private final DashboardService dashboards;
  private final ToolService tools;
  private final Clock clock;

  LiveMetrics(RollupReader reader, DashboardService dashboards, ToolService tools, Clock clock) {
    this.reader = requireNonNull(reader, "reader is null");
    this.dashboards = requireNonNull(dashboards, "dashboards is null");
    this.tools = requireNonNull(tools, "tools is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  public Map<String, Object> current(String appId) {
    Map<String, Object> out = new LinkedHashMap<>(dashboards.realtime(appId, RollupReader.ALL));
    out.put("active_sessions", tools.active(appId, null).size());
    return out;
  }

  /** Events per hour and source over the last hours, oldest first (empty hours included). */
  public Map<String, Object> history(String appId, int hours) {
    ToolService.checkHours(hours);
    Instant end = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    Instant start = end.minus(hours, ChronoUnit.HOURS);
    Map<Instant, Map<String, Long>> rows = reader.hourly(appId, start, end, RollupReader.ALL);
    List<Map<String, Object>> points = new ArrayList<>();
    for (Instant h = start; h.isBefore(end); h = h.plus(1, ChronoUnit.HOURS)) {
      Map<String, Long> bySource =
          new TreeMap<>(Map.of("learning", 0L, "memory", 0L, "search", 0L));
      rows.getOrDefault(h, Map.of())
          .forEach((k, v) -> bySource.merge(k.substring(0, k.indexOf('/')), v, Long::sum));
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("hour", h.toString());
      point.put("events", bySource);
      points.add(point);
    }
    return Map.of("hours", hours, "points", points);
  }

  /** Totals per source and kind over the last hours, with the mean per hour. */
  public Map<String, Object> aggregates(String appId, int hours) {
    ToolService.checkHours(hours);
    Instant end = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    Map<String, Long> totals = new TreeMap<>();
    reader
        .hourly(appId, end.minus(hours, ChronoUnit.HOURS), end, RollupReader.ALL)
        .values()
        .forEach(m -> m.forEach((k, v) -> totals.merge(k, v, Long::sum)));
    long all = totals.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hours", hours);
    out.put("events", all);
    out.put("events_per_hour", (double) all / hours);
    out.put("by_kind", totals);
    return out;
  }

  /** The tools side by side; every id must be a tool of the app. */
  public Map<String, Object> compare(String appId, List<String> toolIds, int hours) {
    if (toolIds.size() < 2 || toolIds.size() > 10) {
      throw AnalyticsException.invalid("tool_ids", "give 2 to 10 tool ids (tool_ids=a&tool_ids=b)");
    }
    Map<String, Object> tools = new LinkedHashMap<>();
    for (String id : toolIds) {
      tools.put(id, this.tools.toolMetrics(appId, id, hours));
    }
    return Map.of("hours", hours, "tools", tools);
  }
}
