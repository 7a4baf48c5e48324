package dev.engram.api.analytics;

import dev.engram.analytics.metrics.MetricsService;
import dev.engram.analytics.reports.RenderedReport;
import dev.engram.analytics.reports.ReportFormat;
import dev.engram.analytics.reports.ReportRequest;
import dev.engram.analytics.reports.ReportService;
import dev.engram.analytics.reports.ReportType;
import dev.engram.api.console.ConsoleRoles;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Report downloads for the web console (JWT): the reports of {@code /v1/analytics/reports},
 * rendered by the analytics module's {@link ReportService}, for an app of the signed-in user's
 * organization or, for the executive report, the whole organization. Reading only: every console
 * role of the organization may download; another organization's app or organization is 404.
 */
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: analytics")
final class ConsoleReportController {
  private final Apps apps;
  private final Organizations organizations;
  private final MetricsService metrics;
  private final ReportService reports;

  ConsoleReportController(
      Apps apps, Organizations organizations, MetricsService metrics, ReportService reports) {
    this.apps = apps;
    this.organizations = organizations;
    this.metrics = metrics;
    this.reports = reports;
  }

  /**
   * A report of the app ({@code performance}, {@code learning}, {@code business}, or {@code
   * executive} narrowed to this app) as {@code format} json (default), csv, html or pdf, over
   * {@code days} (default 30) or {@code from}/{@code to}.
   */
  @Get("/apps/{appId}/analytics/reports/{type}/{domain}")
  HttpResponse<byte[]> app(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @PathVariable String type,
      @PathVariable String domain,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    App app = apps.get(actor, appId);
    return file(
        reports.render(
            new ReportRequest(
                app.orgId(),
                app.id(),
                ReportType.parse(type, "type"),
                domain,
                metrics.window(from, to, days),
                ReportFormat.parse(format, "format"))));
  }

  /** The executive report of the organization across its apps. */
  @Get("/orgs/{orgId}/analytics/reports/executive")
  HttpResponse<byte[]> organization(
      @Parameter(hidden = true) Actor actor,
      String orgId,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    var org = organizations.get(actor, orgId);
    return file(
        reports.render(
            new ReportRequest(
                org.id(),
                null,
                ReportType.EXECUTIVE,
                "all",
                metrics.window(from, to, days),
                ReportFormat.parse(format, "format"))));
  }

  private static HttpResponse<byte[]> file(RenderedReport report) {
    return HttpResponse.ok(report.body())
        .contentType(MediaType.of(report.contentType()))
        .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"");
  }
}
