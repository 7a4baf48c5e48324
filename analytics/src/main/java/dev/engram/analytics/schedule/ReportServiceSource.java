package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.reports.RenderedReport;
import dev.engram.analytics.reports.ReportFormat;
import dev.engram.analytics.reports.ReportRequest;
import dev.engram.analytics.reports.ReportService;
import dev.engram.analytics.reports.ReportType;
import jakarta.inject.Singleton;

/** Scheduled runs render through the analytics report service (the same files as the API). */
@Singleton
final class ReportServiceSource implements ReportSource {
  private final ReportService reports;

  ReportServiceSource(ReportService reports) {
    this.reports = requireNonNull(reports, "reports is null");
  }

  @Override
  public Output render(Request request) {
    RenderedReport out =
        reports.render(
            new ReportRequest(
                request.orgId(),
                request.appId().orElse(null),
                ReportType.parse(request.type(), "types"),
                request.domain(),
                request.period(),
                ReportFormat.parse(request.format(), "formats")));
    return new Output(out.body(), out.contentType(), out.fileName());
  }
}
