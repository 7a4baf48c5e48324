package dev.engram.analytics.reports;

import dev.engram.analytics.Window;
import dev.engram.analytics.metrics.InsightService;
import dev.engram.analytics.metrics.Sums;
import dev.engram.analytics.store.DayRow;
import dev.engram.analytics.store.RollupReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What a report reads of one app: the period and the period before it, from the rollups. */
record AppFigures(
    OrgApps.App app,
    List<DayRow> rows,
    Map<LocalDate, Sums> days,
    Map<LocalDate, Sums> previousDays,
    long[] latency,
    long[] previousLatency,
    long activeUsers,
    long previousActiveUsers,
    Map<LocalDate, Long> activeUsersByDay,
    long users,
    long previousUsers,
    long memoriesAtStart,
    long memoriesAtEnd,
    long memoriesAtPreviousStart,
    List<Map<String, Object>> insights,
    List<Map<String, Object>> recommendations) {

  static AppFigures read(
      RollupReader reader,
      InsightService insights,
      OrgApps.App app,
      String domain,
      Window period,
      boolean withAdvice) {
    String appId = app.appId();
    Window previous = period.previous();
    List<DayRow> rows = reader.daily(appId, period, domain);
    Map<LocalDate, Long> active = reader.activeUsersByDay(appId, period);
    Map<LocalDate, Sums> days = Sums.byDay(rows, period.from(), period.to(), active);
    Map<LocalDate, Sums> previousDays =
        Sums.byDay(
            reader.daily(appId, previous, domain),
            previous.from(),
            previous.to(),
            reader.activeUsersByDay(appId, previous));
    List<Map<String, Object>> found =
        withAdvice ? insights.insights(appId, domain, period) : List.of();
    List<Map<String, Object>> advice =
        withAdvice ? insights.recommendations(appId, domain, period) : List.of();
    return new AppFigures(
        app,
        rows,
        days,
        previousDays,
        reader.latencyHistogram(appId, period),
        reader.latencyHistogram(appId, previous),
        reader.activeUsers(appId, period),
        reader.activeUsers(appId, previous),
        active,
        reader.usersBefore(appId, period.end()),
        reader.usersBefore(appId, period.start()),
        reader.netMemoriesBefore(appId, period.from()),
        reader.netMemoriesBefore(appId, period.to()),
        reader.netMemoriesBefore(appId, previous.from()),
        found,
        advice);
  }

  Sums total() {
    return Sums.total(days.values());
  }

  Sums previousTotal() {
    return Sums.total(previousDays.values());
  }
}
