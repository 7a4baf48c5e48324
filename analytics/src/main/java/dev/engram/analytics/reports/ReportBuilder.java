package dev.engram.analytics.reports;

import dev.engram.analytics.Metric;
import dev.engram.analytics.Window;
import dev.engram.analytics.metrics.MetricsService;
import dev.engram.analytics.metrics.Stats;
import dev.engram.analytics.metrics.Sums;
import dev.engram.analytics.reports.Report.Chart;
import dev.engram.analytics.reports.Report.ChartKind;
import dev.engram.analytics.reports.Report.Figure;
import dev.engram.analytics.reports.Report.Section;
import dev.engram.analytics.reports.Report.Series;
import dev.engram.analytics.reports.Report.Table;
import dev.engram.analytics.reports.Report.Unit;
import dev.engram.analytics.store.DayRow;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds the sections of each report type from the figures of one or more apps. */
final class ReportBuilder {
  static final int TOP = 10;

  private final ReportType type;
  private final String scope;
  private final String domain;
  private final Window period;
  private final List<AppFigures> apps;
  private final Sums now;
  private final Sums before;
  private final Map<LocalDate, Sums> days;
  private final Map<LocalDate, Sums> previousDays;
  private final long[] latency;
  private final long[] previousLatency;

  ReportBuilder(
      ReportType type, String scope, String domain, Window period, List<AppFigures> apps) {
    this.type = type;
    this.scope = scope;
    this.domain = domain;
    this.period = period;
    this.apps = apps;
    this.days = new TreeMap<>();
    this.previousDays = new TreeMap<>();
    this.latency = new long[apps.isEmpty() ? 0 : apps.getFirst().latency().length];
    this.previousLatency = new long[latency.length];
    for (AppFigures app : apps) {
      app.days().forEach((d, s) -> days.computeIfAbsent(d, k -> new Sums()).add(s));
      app.previousDays().forEach((d, s) -> previousDays.computeIfAbsent(d, k -> new Sums()).add(s));
      for (int i = 0; i < latency.length; i++) {
        latency[i] += app.latency()[i];
        previousLatency[i] += app.previousLatency()[i];
      }
    }
    this.now = Sums.total(days.values());
    this.before = Sums.total(previousDays.values());
  }

  Report build(Instant generatedAt) {
    List<Section> sections =
        switch (type) {
          case EXECUTIVE -> executive();
          case PERFORMANCE -> performance();
          case LEARNING -> learning();
          case BUSINESS -> business();
        };
    return new Report(type, type.title(), scope, domain, period, generatedAt, sections);
  }

  // ---- report types ----

  private List<Section> executive() {
    List<Section> out = new ArrayList<>();
    out.add(
        section(
            "summary",
            "Summary",
            List.of(
                memories(),
                count("facts_learned", "Facts learned", s -> s.mem("ADD", "IMPORT")),
                count("facts_corrected", "Facts corrected", s -> s.mem("UPDATE")),
                count("searches", "Searches", Sums::searches),
                rate("hit_rate", "Search hit rate", Metric.HIT_RATE),
                latency(95),
                rate("accuracy", "Agent accuracy", Metric.ACCURACY),
                activeUsers()),
            List.of(),
            List.of(),
            summaryNotes()));
    out.add(growth());
    out.add(learned());
    out.add(retrieval());
    out.add(usage());
    out.add(feedback());
    out.add(insights());
    out.add(trend());
    out.add(recommendations());
    return out;
  }

  private List<Section> performance() {
    return List.of(
        section(
            "summary",
            "Summary",
            List.of(
                count("searches", "Searches", Sums::searches),
                rate("hit_rate", "Search hit rate", Metric.HIT_RATE),
                latency(50),
                latency(95),
                count("events", "Learning events", Sums::events),
                rate("accuracy", "Agent accuracy", Metric.ACCURACY),
                rate("mean_confidence", "Mean confidence", Metric.MEAN_CONFIDENCE),
                number("mean_rating", "Mean rating (1-5)", Metric.MEAN_RATING)),
            List.of(
                dailyChart("accuracy_daily", "Accuracy per day", ChartKind.LINE, Metric.ACCURACY),
                dailyChart("searches_daily", "Searches per day", ChartKind.BAR, Metric.SEARCHES)),
            List.of(agents(), domains()),
            learningRateNotes()),
        insights(),
        trend(),
        recommendations());
  }

  private List<Section> learning() {
    return List.of(
        section(
            "summary",
            "Summary",
            List.of(
                count("facts_learned", "Facts learned", s -> s.mem("ADD", "IMPORT")),
                count("facts_corrected", "Facts corrected", s -> s.mem("UPDATE")),
                count("facts_reinforced", "Facts reinforced", s -> s.mem("REINFORCE")),
                count("facts_forgotten", "Facts forgotten", s -> s.mem("DELETE", "EXPIRE")),
                rate("contradiction_rate", "Contradiction rate", Metric.CONTRADICTION_RATE),
                count("events", "Learning events", Sums::events),
                count("feedback", "Feedback", Sums::feedback),
                rate("accuracy", "Agent accuracy", Metric.ACCURACY)),
            List.of(),
            List.of(),
            learningRateNotes()),
        learned(),
        feedback(),
        insights(),
        recommendations());
  }

  private List<Section> business() {
    return List.of(
        section(
            "summary",
            "Summary",
            List.of(
                activeUsers(),
                new Figure(
                    "users",
                    "Users (all time)",
                    (double) sumApps(AppFigures::users),
                    (double) sumApps(AppFigures::previousUsers),
                    Unit.COUNT),
                memories(),
                memoriesPerUser(),
                count("searches", "Searches", Sums::searches),
                count("events", "Learning events", Sums::events),
                new Figure(
                    "performance_change",
                    "Reported performance change",
                    now.performanceChange(),
                    before.performanceChange(),
                    Unit.NUMBER),
                new Figure(
                    "feedback_positive_rate",
                    "Positive feedback",
                    now.feedbackPositiveRate(),
                    before.feedbackPositiveRate(),
                    Unit.PERCENT)),
            List.of(activeUsersChart(), memoriesChart()),
            List.of(agents()),
            List.of()),
        trend(),
        recommendations());
  }

  // ---- sections ----

  private Section growth() {
    return section(
        "growth",
        "Memory growth",
        List.of(
            memories(),
            new Figure(
                "net_growth",
                "Net growth",
                (double)
                    (sumApps(AppFigures::memoriesAtEnd) - sumApps(AppFigures::memoriesAtStart)),
                (double)
                    (sumApps(AppFigures::memoriesAtStart)
                        - sumApps(AppFigures::memoriesAtPreviousStart)),
                Unit.COUNT),
            count("facts_learned", "Facts learned", s -> s.mem("ADD", "IMPORT")),
            count("facts_forgotten", "Facts forgotten", s -> s.mem("DELETE", "EXPIRE"))),
        List.of(
            memoriesChart(),
            dailyChart(
                "facts_learned_daily",
                "Facts learned per day",
                ChartKind.BAR,
                Metric.FACTS_LEARNED)),
        List.of(),
        List.of());
  }

  private Section learned() {
    Map<String, long[]> categories = new TreeMap<>();
    Map<String, Long> kinds = new TreeMap<>();
    long learningEvents = 0;
    for (AppFigures app : apps) {
      for (DayRow r : app.rows()) {
        if (r.source().equals("memory")) {
          long[] c =
              categories.computeIfAbsent(
                  r.dimension().isEmpty() ? "(none)" : r.dimension(), k -> new long[4]);
          switch (r.kind()) {
            case "ADD", "IMPORT" -> c[0] += r.events();
            case "UPDATE" -> c[1] += r.events();
            case "REINFORCE" -> c[2] += r.events();
            case "DELETE", "EXPIRE" -> c[3] += r.events();
            default -> {}
          }
        } else if (r.source().equals("learning")) {
          kinds.merge(r.kind(), r.events(), Long::sum);
          learningEvents += r.events();
        }
      }
    }
    List<List<Object>> categoryRows = new ArrayList<>();
    categories.entrySet().stream()
        .sorted(
            Comparator.comparingLong(
                (Map.Entry<String, long[]> e) -> -Arrays.stream(e.getValue()).sum()))
        .limit(TOP)
        .forEach(
            e ->
                categoryRows.add(
                    List.of(
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getValue()[3])));
    List<List<Object>> kindRows = new ArrayList<>();
    long total = learningEvents;
    kinds.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> kindRows.add(List.of(e.getKey(), e.getValue(), share(e.getValue(), total))));
    return section(
        "learned",
        "What was learned and corrected",
        List.of(
            count("facts_learned", "Facts learned", s -> s.mem("ADD", "IMPORT")),
            count("facts_corrected", "Facts corrected", s -> s.mem("UPDATE")),
            count("facts_reinforced", "Facts reinforced", s -> s.mem("REINFORCE")),
            count("facts_forgotten", "Facts forgotten", s -> s.mem("DELETE", "EXPIRE")),
            rate("contradiction_rate", "Contradiction rate", Metric.CONTRADICTION_RATE),
            count("learning_events", "Learning events", Sums::events)),
        List.of(
            twoSeries(
                "learned_corrected_daily",
                "Facts learned and corrected per day",
                Metric.FACTS_LEARNED,
                Metric.FACTS_CORRECTED)),
        List.of(
            new Table(
                "categories",
                "Top categories",
                List.of("category", "learned", "corrected", "reinforced", "forgotten"),
                categoryRows),
            new Table(
                "learning_event_types",
                "Learning events by type",
                List.of("event_type", "events", "share"),
                kindRows)),
        List.of());
  }

  private Section retrieval() {
    return section(
        "retrieval",
        "Retrieval quality and latency",
        List.of(
            count("searches", "Searches", Sums::searches),
            rate("hit_rate", "Search hit rate", Metric.HIT_RATE),
            latency(50),
            latency(95)),
        List.of(
            dailyChart("searches_daily", "Searches per day", ChartKind.BAR, Metric.SEARCHES),
            dailyChart("hit_rate_daily", "Hit rate per day", ChartKind.LINE, Metric.HIT_RATE)),
        List.of(),
        List.of());
  }

  private Section usage() {
    List<List<Object>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> memory = new ArrayList<>();
    List<Double> learningEvents = new ArrayList<>();
    List<Double> searches = new ArrayList<>();
    for (AppFigures app : apps) {
      Sums s = app.total();
      rows.add(
          Arrays.asList(
              app.app().name(),
              app.app().appId(),
              s.memoryEvents(),
              s.events(),
              s.searches(),
              app.activeUsers(),
              s.value(Metric.ACCURACY)));
      labels.add(app.app().name());
      memory.add((double) s.memoryEvents());
      learningEvents.add((double) s.events());
      searches.add((double) s.searches());
    }
    return section(
        "usage",
        "Usage by app and agent",
        List.of(),
        List.of(
            new Chart(
                "usage_by_app",
                "Events per app",
                ChartKind.BAR,
                labels,
                List.of(
                    new Series("memory events", memory),
                    new Series("learning events", learningEvents),
                    new Series("searches", searches)))),
        List.of(
            new Table(
                "apps",
                "Apps",
                List.of(
                    "app",
                    "app_id",
                    "memory_events",
                    "learning_events",
                    "searches",
                    "active_users",
                    "accuracy"),
                rows),
            agents()),
        List.of());
  }

  private Section feedback() {
    return section(
        "feedback",
        "Feedback",
        List.of(
            count("feedback", "Feedback", Sums::feedback),
            rate("accuracy", "Agent accuracy", Metric.ACCURACY),
            number("mean_rating", "Mean rating (1-5)", Metric.MEAN_RATING),
            new Figure(
                "feedback_positive_rate",
                "Positive feedback",
                now.feedbackPositiveRate(),
                before.feedbackPositiveRate(),
                Unit.PERCENT),
            rate("mean_confidence", "Mean confidence", Metric.MEAN_CONFIDENCE)),
        List.of(dailyChart("accuracy_daily", "Accuracy per day", ChartKind.LINE, Metric.ACCURACY)),
        List.of(),
        List.of());
  }

  private Section insights() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (AppFigures app : apps) {
      for (Map<String, Object> i : app.insights()) {
        Map<String, Object> withApp = new LinkedHashMap<>(i);
        withApp.put("app", app.app().name());
        all.add(withApp);
      }
    }
    all.sort(Comparator.comparing((Map<String, Object> i) -> (Double) i.get("score")).reversed());
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> i : all.subList(0, Math.min(TOP, all.size()))) {
      rows.add(
          Arrays.asList(
              i.get("app"),
              i.get("type"),
              i.get("metric"),
              i.get("domain"),
              i.get("since"),
              i.get("value"),
              i.get("expected"),
              i.get("message")));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "Anomalies: days whose robust z-score (median/MAD of the previous "
            + Stats.BASELINE_DAYS
            + " days) reaches "
            + Stats.ANOMALY_THRESHOLD
            + "; opportunities: rules over the period's metrics.");
    if (all.isEmpty()) {
      notes.add("No anomaly or opportunity in this period.");
    } else if (all.size() > TOP) {
      notes.add("The " + TOP + " strongest of " + all.size() + " are shown.");
    }
    return section(
        "insights",
        "Anomalies and insights",
        List.of(),
        List.of(),
        List.of(
            new Table(
                "insights",
                "Insights",
                List.of("app", "type", "metric", "domain", "since", "value", "expected", "message"),
                rows)),
        notes);
  }

  private Section trend() {
    List<Figure> figures =
        new ArrayList<>(
            List.of(
                count("events", "Learning events", Sums::events),
                count("facts_learned", "Facts learned", s -> s.mem("ADD", "IMPORT")),
                count("facts_corrected", "Facts corrected", s -> s.mem("UPDATE")),
                count("facts_forgotten", "Facts forgotten", s -> s.mem("DELETE", "EXPIRE")),
                count("searches", "Searches", Sums::searches),
                rate("hit_rate", "Search hit rate", Metric.HIT_RATE),
                latency(50),
                latency(95),
                rate("accuracy", "Agent accuracy", Metric.ACCURACY),
                number("mean_rating", "Mean rating (1-5)", Metric.MEAN_RATING),
                activeUsers()));
    return section(
        "trend",
        "Trend versus the previous period",
        figures,
        List.of(twoPeriods("events_vs_previous", "Memory and learning events per day")),
        List.of(),
        List.of(
            "Previous period: "
                + period.previous().from()
                + " to "
                + period.previous().to().minusDays(1)
                + " ("
                + period.days()
                + " days)."));
  }

  private Section recommendations() {
    List<Map<String, Object>> all = new ArrayList<>();
    for (AppFigures app : apps) {
      for (Map<String, Object> r : app.recommendations()) {
        Map<String, Object> withApp = new LinkedHashMap<>(r);
        withApp.put("app", app.app().name());
        all.add(withApp);
      }
    }
    all.sort(
        Comparator.comparing((Map<String, Object> r) -> "high".equals(r.get("priority")) ? 0 : 1));
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> r : all.subList(0, Math.min(TOP, all.size()))) {
      rows.add(
          Arrays.asList(
              r.get("app"),
              r.get("priority"),
              r.get("domain"),
              r.get("recommendation"),
              evidence(r)));
    }
    return section(
        "recommendations",
        "Recommendations",
        List.of(),
        List.of(),
        List.of(
            new Table(
                "recommendations",
                "Recommendations",
                List.of("app", "priority", "domain", "recommendation", "evidence"),
                rows)),
        all.isEmpty() ? List.of("Nothing to recommend from this period's data.") : List.of());
  }

  // ---- tables ----

  private Table agents() {
    Map<List<String>, Sums> agents =
        new TreeMap<>(Comparator.comparing((List<String> k) -> k.toString()));
    for (AppFigures app : apps) {
      for (DayRow r : app.rows()) {
        if (!r.agentId().isEmpty() && !r.source().equals("search")) {
          agents.computeIfAbsent(List.of(r.agentId(), app.app().name()), k -> new Sums()).add(r);
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    agents.entrySet().stream()
        .sorted(
            Comparator.comparingLong(
                (Map.Entry<List<String>, Sums> e) ->
                    -(e.getValue().events() + e.getValue().memoryEvents())))
        .limit(TOP)
        .forEach(
            e -> {
              Sums s = e.getValue();
              rows.add(
                  Arrays.asList(
                      e.getKey().get(0),
                      e.getKey().get(1),
                      s.memoryEvents(),
                      s.events(),
                      s.feedback(),
                      s.value(Metric.ACCURACY)));
            });
    return new Table(
        "agents",
        "Top agents",
        List.of("agent_id", "app", "memory_events", "learning_events", "feedback", "accuracy"),
        rows);
  }

  private Table domains() {
    Map<String, Sums> domains = new TreeMap<>();
    for (AppFigures app : apps) {
      for (DayRow r : app.rows()) {
        if (r.source().equals("learning")) {
          domains.computeIfAbsent(r.dimension(), k -> new Sums()).add(r);
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    domains.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Sums> e) -> -e.getValue().events()))
        .limit(TOP)
        .forEach(
            e ->
                rows.add(
                    Arrays.asList(
                        e.getKey(),
                        e.getValue().events(),
                        e.getValue().feedback(),
                        e.getValue().value(Metric.ACCURACY),
                        e.getValue().value(Metric.MEAN_CONFIDENCE))));
    return new Table(
        "domains",
        "Domains",
        List.of("domain", "events", "feedback", "accuracy", "mean_confidence"),
        rows);
  }

  // ---- charts ----

  private List<String> dayLabels() {
    return days.keySet().stream().map(LocalDate::toString).toList();
  }

  private Chart dailyChart(String key, String title, ChartKind kind, Metric metric) {
    return new Chart(
        key,
        title,
        kind,
        dayLabels(),
        List.of(
            new Series(
                metric.wireName(), days.values().stream().map(s -> s.value(metric)).toList())));
  }

  private Chart twoSeries(String key, String title, Metric a, Metric b) {
    return new Chart(
        key,
        title,
        ChartKind.LINE,
        dayLabels(),
        List.of(
            new Series(a.wireName(), days.values().stream().map(s -> s.value(a)).toList()),
            new Series(b.wireName(), days.values().stream().map(s -> s.value(b)).toList())));
  }

  /** This period's daily events against the previous period's, day by day. */
  private Chart twoPeriods(String key, String title) {
    Function<Sums, Double> events = s -> (double) (s.events() + s.memoryEvents());
    return new Chart(
        key,
        title,
        ChartKind.LINE,
        dayLabels(),
        List.of(
            new Series("this period", days.values().stream().map(events).toList()),
            new Series("previous period", previousDays.values().stream().map(events).toList())));
  }

  private Chart memoriesChart() {
    List<Double> values = new ArrayList<>();
    double running = sumApps(AppFigures::memoriesAtStart);
    for (Sums s : days.values()) {
      running += s.mem("ADD", "IMPORT") - s.mem("DELETE", "EXPIRE");
      values.add(running);
    }
    return new Chart(
        "memories_daily",
        "Memories held at the end of each day",
        ChartKind.LINE,
        dayLabels(),
        List.of(new Series("memories", values)));
  }

  private Chart activeUsersChart() {
    Map<LocalDate, Long> active = new TreeMap<>();
    for (LocalDate d : days.keySet()) {
      active.put(d, 0L);
    }
    for (AppFigures app : apps) {
      app.activeUsersByDay().forEach((d, n) -> active.merge(d, n, Long::sum));
    }
    return new Chart(
        "active_users_daily",
        "Active users per day",
        ChartKind.BAR,
        dayLabels(),
        List.of(
            new Series("active users", active.values().stream().map(Long::doubleValue).toList())));
  }

  // ---- figures ----

  private Figure count(String key, String label, java.util.function.ToLongFunction<Sums> f) {
    return new Figure(
        key, label, (double) f.applyAsLong(now), (double) f.applyAsLong(before), Unit.COUNT);
  }

  private Figure rate(String key, String label, Metric metric) {
    return new Figure(key, label, now.value(metric), before.value(metric), Unit.PERCENT);
  }

  private Figure number(String key, String label, Metric metric) {
    return new Figure(key, label, now.value(metric), before.value(metric), Unit.NUMBER);
  }

  private Figure latency(int percentile) {
    double q = percentile / 100.0;
    return new Figure(
        "search_p" + percentile + "_ms",
        "Search latency p" + percentile,
        MetricsService.percentile(latency, q),
        MetricsService.percentile(previousLatency, q),
        Unit.MS);
  }

  private Figure memories() {
    return new Figure(
        "memories",
        "Memories held",
        (double) sumApps(AppFigures::memoriesAtEnd),
        (double) sumApps(AppFigures::memoriesAtStart),
        Unit.COUNT);
  }

  private Figure activeUsers() {
    return new Figure(
        "active_users",
        "Active users",
        (double) sumApps(AppFigures::activeUsers),
        (double) sumApps(AppFigures::previousActiveUsers),
        Unit.COUNT);
  }

  private Figure memoriesPerUser() {
    long users = sumApps(AppFigures::users);
    long previousUsers = sumApps(AppFigures::previousUsers);
    return new Figure(
        "memories_per_user",
        "Memories per user",
        users == 0 ? null : (double) sumApps(AppFigures::memoriesAtEnd) / users,
        previousUsers == 0 ? null : (double) sumApps(AppFigures::memoriesAtStart) / previousUsers,
        Unit.NUMBER);
  }

  // ---- notes ----

  private List<String> summaryNotes() {
    return List.of(
        apps.size()
            + (apps.size() == 1 ? " app" : " apps")
            + ", "
            + period.days()
            + " days from "
            + period.from()
            + " to "
            + period.to().minusDays(1)
            + "; each figure is compared with the "
            + period.days()
            + " days before.");
  }

  private List<String> learningRateNotes() {
    List<Double> daily = days.values().stream().map(s -> s.value(Metric.ACCURACY)).toList();
    double slope = Stats.slope(new ArrayList<>(daily));
    return List.of(
        Double.isNaN(slope)
            ? "Learning rate: not enough days with feedback to fit a slope."
            : String.format(
                java.util.Locale.ROOT,
                "Learning rate: accuracy changes by %+.2f points per day (least-squares slope of"
                    + " daily accuracy over the %d days).",
                slope * 100,
                period.days()));
  }

  // ---- helpers ----

  private long sumApps(java.util.function.ToLongFunction<AppFigures> f) {
    long total = 0;
    for (AppFigures app : apps) {
      total += f.applyAsLong(app);
    }
    return total;
  }

  @Nullable
  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  @SuppressWarnings("unchecked")
  private static String evidence(Map<String, Object> recommendation) {
    Object evidence = recommendation.get("evidence");
    if (evidence instanceof List<?> list
        && !list.isEmpty()
        && list.getFirst() instanceof Map<?, ?> m) {
      Object message = ((Map<String, Object>) m).get("message");
      Object description = ((Map<String, Object>) m).get("description");
      return String.valueOf(message != null ? message : description);
    }
    return "";
  }

  private static Section section(
      String key,
      String heading,
      List<Figure> figures,
      List<Chart> charts,
      List<Table> tables,
      List<String> notes) {
    return new Section(key, heading, figures, charts, tables, notes);
  }
}
