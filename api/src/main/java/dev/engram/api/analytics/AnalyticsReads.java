package dev.engram.api.analytics;

import dev.engram.analytics.AnalyticsConfiguration;
import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.HistoryQueries;
import dev.engram.analytics.Metric;
import dev.engram.analytics.Window;
import dev.engram.analytics.metrics.DashboardService;
import dev.engram.analytics.metrics.InsightService;
import dev.engram.analytics.metrics.MetricsService;
import dev.engram.analytics.metrics.QueryService;
import dev.engram.analytics.metrics.TrendService;
import dev.engram.analytics.reports.RenderedReport;
import dev.engram.analytics.reports.ReportFormat;
import dev.engram.analytics.reports.ReportPeriod;
import dev.engram.analytics.reports.ReportRequest;
import dev.engram.analytics.reports.ReportService;
import dev.engram.analytics.reports.ReportType;
import dev.engram.analytics.store.Exporter;
import dev.engram.analytics.store.HistoryReader;
import dev.engram.api.input.StrictJson;
import dev.engram.api.stream.ExportStream;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The read side of learning history and analytics for the controllers: one call per endpoint. */
@Singleton
final class AnalyticsReads {

  private final MetricsService metrics;
  private final TrendService trends;
  private final InsightService insights;
  private final DashboardService dashboards;
  private final HistoryReader history;
  private final AnalyticsConfiguration configuration;
  private final JsonMapper json;
  private final QueryService queries;
  private final Exporter exporter;
  private final ReportService reports;

  AnalyticsReads(
      QueryService queries,
      Exporter exporter,
      ReportService reports,
      MetricsService metrics,
      TrendService trends,
      InsightService insights,
      DashboardService dashboards,
      HistoryReader history,
      AnalyticsConfiguration configuration,
      JsonMapper json) {
    this.metrics = metrics;
    this.trends = trends;
    this.insights = insights;
    this.dashboards = dashboards;
    this.history = history;
    this.configuration = configuration;
    this.json = json;
    this.queries = queries;
    this.exporter = exporter;
    this.reports = reports;
  }

  Map<String, Object> metrics(String appId, String domain, Params p) {
    String d = metrics.domain(appId, domain);
    return metrics.metrics(appId, d, p.window(metrics));
  }

  Map<String, Object> trend(
      String appId,
      String domain,
      @Nullable String metric,
      @Nullable String bucket,
      @Nullable Integer movingAverage,
      Params p) {
    Metric m = metric == null ? Metric.EVENTS : Metric.parse(metric, "metric");
    TrendService.Bucket b = TrendService.Bucket.parse(bucket);
    Window window = p.window(metrics);
    String d = metrics.domain(appId, domain);
    return trends.trend(appId, d, m, b, window, movingAverage == null ? 7 : movingAverage);
  }

  Map<String, Object> insights(String appId, @Nullable String domain, Params p) {
    String d = metrics.domain(appId, domain == null ? "all" : domain);
    Window window = p.window(metrics);
    return Map.of(
        "domain",
        d,
        "from",
        window.from().toString(),
        "to",
        window.to().toString(),
        "threshold",
        dev.engram.analytics.metrics.Stats.ANOMALY_THRESHOLD,
        "insights",
        insights.insights(appId, d, window));
  }

  Map<String, Object> patterns(String appId, String domain, @Nullable Double minSupport, Params p) {
    double support = minSupport == null ? 0.05 : minSupport;
    if (support <= 0 || support > 1) {
      throw AnalyticsException.invalid("min_support", "between 0 (excluded) and 1");
    }
    String d = metrics.domain(appId, domain);
    Window window = p.window(metrics);
    return Map.of(
        "domain",
        d,
        "min_support",
        support,
        "patterns",
        insights.patterns(appId, d, window, support));
  }

  Map<String, Object> recommendations(String appId, String domain, Params p) {
    String d = metrics.domain(appId, domain);
    return Map.of(
        "domain", d, "recommendations", insights.recommendations(appId, d, p.window(metrics)));
  }

  Map<String, Object> dashboard(String appId, @Nullable String domain, @Nullable Integer days) {
    int d = days == null ? 30 : days;
    if (d < 1 || d > Math.min(366, configuration.retention().toDays())) {
      throw new AnalyticsException(
          AnalyticsErrorCode.RANGE_OVER_RETENTION,
          "days: between 1 and 366 within the retention",
          "days");
    }
    return dashboards.dashboard(appId, metrics.domain(appId, domain == null ? "all" : domain), d);
  }

  Map<String, Object> realtime(String appId, @Nullable String domain) {
    return dashboards.realtime(appId, metrics.domain(appId, domain == null ? "all" : domain));
  }

  Map<String, Object> query(String appId, String body) {
    return queries.query(appId, parse(body));
  }

  /**
   * Streams the export from a virtual thread through a bounded buffer; parameters are checked
   * first. A failure while writing aborts the response rather than ending it as if complete.
   */
  StreamedFile export(String appId, @Nullable String format, @Nullable String source, Params p) {
    Exporter.Format f = Exporter.Format.parse(format);
    String s = Exporter.source(source);
    Window window = p.window(metrics);
    ExportStream in =
        ExportStream.start(
            work -> Thread.ofVirtual().name("engram-export").start(work),
            "analytics export of app " + appId,
            out -> exporter.export(appId, s, window, f, out));
    StreamedFile file = new StreamedFile(in, MediaType.of(f.mediaType()));
    file.attach("engram-" + s + "-" + window.from() + "." + f.name().toLowerCase(Locale.ROOT));
    return file;
  }

  private Object parse(String body) {
    if (body == null || body.isBlank()) {
      return Map.of();
    }
    StrictJson.check(body);
    try {
      return json.readValue(body, Argument.OBJECT_ARGUMENT);
    } catch (IOException e) {
      throw new AnalyticsException(
          AnalyticsErrorCode.INVALID_JSON, "the body is not valid JSON", null);
    }
  }

  Map<String, Object> history(String appId, String body) {
    Object parsed = parse(body);
    HistoryReader.Criteria criteria =
        HistoryQueries.parse(parsed, metrics.clock(), configuration.retention());
    List<Map<String, Object>> page = history.page(appId, criteria);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", criteria.source());
    out.put("from", criteria.window().from().toString());
    out.put("to", criteria.window().to().toString());
    out.put("events", page);
    out.put("next_offset", page.size() < criteria.limit() ? null : criteria.offset() + page.size());
    return out;
  }

  /** A report of the key's app (the executive one too: an API key sees its own app only). */
  RenderedReport report(
      AppScope scope,
      String type,
      String domain,
      @Nullable String format,
      @Nullable String period,
      Params p) {
    return report(scope.orgId(), scope.appId(), type, domain, format, period, p);
  }

  /**
   * A report of the app, or with {@code appId} null the executive report of the organization across
   * its apps (the console's and the schedules').
   */
  RenderedReport report(
      String orgId,
      @Nullable String appId,
      String type,
      String domain,
      @Nullable String format,
      @Nullable String period,
      Params p) {
    ReportType t = ReportType.parse(type, "type");
    ReportFormat f = ReportFormat.parse(format, "format");
    Window window =
        ReportPeriod.of(
            period, p.from(), p.to(), p.days(), metrics.clock(), configuration.retention());
    String d = domain.toLowerCase(Locale.ROOT);
    return reports.render(new ReportRequest(orgId, appId, t, d, window, f));
  }

  /** The window parameters of a request. */
  record Params(@Nullable String from, @Nullable String to, @Nullable Integer days) {
    Window window(MetricsService metrics) {
      return metrics.window(from, to, days);
    }
  }
}
