package dev.engram.analytics.reports;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsErrorCode;
import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.metrics.InsightService;
import dev.engram.analytics.metrics.MetricsService;
import dev.engram.analytics.store.RollupReader;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders reports: the entry point for the API and for report schedules. Reads the rollups of the
 * app (or of every app of the organization for an executive report) for the period and the period
 * before it, builds one document and renders it as JSON, CSV, HTML or PDF.
 */
@Singleton
public final class ReportService {
  private final RollupReader reader;
  private final InsightService insights;
  private final MetricsService metrics;
  private final JsonMapper json;
  private final Clock clock;
  private final @Nullable OrgApps orgApps;

  ReportService(
      RollupReader reader,
      InsightService insights,
      MetricsService metrics,
      JsonMapper json,
      Clock clock,
      @Nullable OrgApps orgApps) {
    this.reader = requireNonNull(reader, "reader is null");
    this.insights = requireNonNull(insights, "insights is null");
    this.metrics = requireNonNull(metrics, "metrics is null");
    this.json = requireNonNull(json, "json is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.orgApps = orgApps;
  }

  /**
   * The report, rendered. Refuses (400) a domain the app has no data for; an executive report of an
   * organization without apps renders with zeros.
   */
  public RenderedReport render(ReportRequest request) {
    Report report = build(request);
    byte[] body =
        switch (request.format()) {
          case JSON -> json(report);
          case CSV -> ReportCsv.render(report);
          case HTML -> ReportHtml.render(report);
          case PDF -> ReportPdf.render(report);
        };
    return new RenderedReport(body, request.format().contentType(), fileName(request));
  }

  Report build(ReportRequest request) {
    String domain;
    if (request.type() == ReportType.EXECUTIVE) {
      if (!request.domain().equals(RollupReader.ALL)) {
        throw AnalyticsException.invalid(
            "domain", "an executive report covers every domain; use all");
      }
      domain = RollupReader.ALL;
    } else {
      domain = metrics.domain(request.appId(), request.domain());
    }
    List<OrgApps.App> apps = apps(request);
    boolean advice = true;
    List<AppFigures> figures = new ArrayList<>();
    for (OrgApps.App app : apps) {
      figures.add(AppFigures.read(reader, insights, app, domain, request.period(), advice));
    }
    String scope =
        request.type() == ReportType.EXECUTIVE && request.appId() == null
            ? "organization " + request.orgId()
            : "app " + apps.getFirst().name();
    return new ReportBuilder(request.type(), scope, domain, request.period(), figures)
        .build(clock.instant());
  }

  private List<OrgApps.App> apps(ReportRequest request) {
    List<OrgApps.App> all = orgApps == null ? List.of() : orgApps.apps(request.orgId());
    if (request.appId() == null) {
      return all;
    }
    for (OrgApps.App app : all) {
      if (app.appId().equals(request.appId())) {
        return List.of(app);
      }
    }
    if (orgApps != null && !all.isEmpty()) {
      throw new AnalyticsException(
          AnalyticsErrorCode.NOT_FOUND, "app_id: no such app in this organization", "app_id");
    }
    return List.of(new OrgApps.App(request.appId(), request.appId()));
  }

  private byte[] json(Report report) {
    try {
      return json.writeValueAsBytes(ReportMaps.of(report));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fileName(ReportRequest request) {
    return "engram-"
        + request.type().wireName()
        + "-"
        + (request.appId() == null ? request.orgId() : request.appId())
        + "-"
        + request.period().from()
        + "-"
        + request.period().to().minusDays(1)
        + "."
        + request.format().extension();
  }
}
