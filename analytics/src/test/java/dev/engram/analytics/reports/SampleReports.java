package dev.engram.analytics.reports;

import dev.engram.analytics.Window;
import dev.engram.analytics.metrics.Sums;
import dev.engram.analytics.store.DayRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reports built from synthetic rollup rows with known totals (no database). */
final class SampleReports {
  static final LocalDate FROM = LocalDate.parse("2026-11-01");
  static final Window PERIOD = new Window(FROM, FROM.plusDays(30));
  static final Instant GENERATED = Instant.parse("2026-12-01T06:00:00Z");

  private SampleReports() {}

  /**
   * An app over the period and the one before: each day {@code adds} ADDs in "shipping", 2 UPDATEs
   * in "billing", 10 learning feedback events in "billing" by agent-1 of which 8 correct, and 50
   * searches of which 40 hits; the previous period has half the ADDs.
   */
  static AppFigures app(String id, String name, int adds) {
    Window previous = PERIOD.previous();
    List<DayRow> rows = rows(PERIOD, adds);
    List<DayRow> before = rows(previous, adds / 2);
    long[] latency = new long[20];
    latency[3] = 90;
    latency[8] = 10;
    long[] previousLatency = new long[20];
    previousLatency[4] = 100;
    Map<LocalDate, Long> active = new TreeMap<>();
    for (LocalDate d = PERIOD.from(); d.isBefore(PERIOD.to()); d = d.plusDays(1)) {
      active.put(d, 12L);
    }
    Map<String, Object> insight = new LinkedHashMap<>();
    insight.put("type", "anomaly");
    insight.put("metric", "searches");
    insight.put("domain", "all");
    insight.put("since", "2026-11-20");
    insight.put("value", 400.0);
    insight.put("expected", 50.0);
    insight.put("score", 12.5);
    insight.put("message", "searches in all: spike of 400 on 2026-11-20 against an expected 50");
    Map<String, Object> advice = new LinkedHashMap<>();
    advice.put("domain", "billing");
    advice.put("recommendation", "review what was corrected or forgotten");
    advice.put("priority", "high");
    advice.put("evidence", List.of(insight));
    return new AppFigures(
        new OrgApps.App(id, name),
        rows,
        Sums.byDay(rows, PERIOD.from(), PERIOD.to(), active),
        Sums.byDay(before, previous.from(), previous.to(), Map.of()),
        latency,
        previousLatency,
        40,
        30,
        active,
        100,
        80,
        1000,
        1000 + 30L * adds,
        1000 - 30L * (adds / 2),
        List.of(insight),
        List.of(advice));
  }

  private static List<DayRow> rows(Window window, int adds) {
    List<DayRow> rows = new ArrayList<>();
    for (LocalDate d = window.from(); d.isBefore(window.to()); d = d.plusDays(1)) {
      rows.add(
          new DayRow(
              d, "memory", "ADD", "shipping", "agent-1", "rules", adds, 0, 0, 0, 0, 0, 0, 0));
      rows.add(
          new DayRow(d, "memory", "UPDATE", "billing", "agent-1", "rules", 2, 0, 0, 0, 0, 0, 0, 0));
      rows.add(
          new DayRow(
              d,
              "learning",
              "feedback",
              "billing",
              "agent-1",
              "",
              10,
              10,
              8,
              40,
              10,
              9.0,
              10,
              0.5));
      rows.add(new DayRow(d, "search", "hit", "", "", "", 40, 0, 0, 0, 0, 0, 0, 0));
      rows.add(new DayRow(d, "search", "miss", "", "", "", 10, 0, 0, 0, 0, 0, 0, 0));
    }
    return rows;
  }

  static Report executive(AppFigures... apps) {
    return new ReportBuilder(
            ReportType.EXECUTIVE, "organization acme", "all", PERIOD, List.of(apps))
        .build(GENERATED);
  }

  static Report of(ReportType type, AppFigures app) {
    return new ReportBuilder(type, "app " + app.app().name(), "all", PERIOD, List.of(app))
        .build(GENERATED);
  }
}
