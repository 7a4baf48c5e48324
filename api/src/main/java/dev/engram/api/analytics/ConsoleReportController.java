package dev.engram.api.analytics;

import dev.engram.analytics.reports.RenderedReport;
import dev.engram.api.analytics.AnalyticsReads.Params;
import dev.engram.api.console.ConsoleRoles;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Report downloads for the web console (JWT): the reports of {@code /v1/analytics/reports} for an
 * app of the signed-in user's organization, and the executive report of the whole organization.
 * Reading only: every console role of the organization may download; another organization's app or
 * organization is 404. Always an attachment (the console saves the file).
 */
@ConsoleOperations
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: analytics")
final class ConsoleReportController {
  private final Apps apps;
  private final Organizations organizations;
  private final AnalyticsReads reads;

  ConsoleReportController(Apps apps, Organizations organizations, AnalyticsReads reads) {
    this.apps = apps;
    this.organizations = organizations;
    this.reads = reads;
  }

  /**
   * A report of the app ({@code performance}, {@code learning}, {@code business}, or {@code
   * executive} of this app) as {@code format} json (default), csv, html or pdf, over {@code period}
   * week, month or custom ({@code from}/{@code to} or {@code days}).
   */
  @Operation(operationId = "getAppAnalyticsReport")
  @Get(
      value = "/apps/{appId}/analytics/reports/{type}/{domain}",
      produces = {MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML, "application/pdf"})
  @ApiResponse(
      responseCode = "200",
      description = "The report in the format asked for",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = AnalyticsSchemas.Report.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = "text/html", schema = @Schema(type = "string")),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary"))
      })
  HttpResponse<byte[]> app(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @PathVariable String type,
      @PathVariable String domain,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    App app = apps.get(actor, appId);
    return file(
        reads.report(
            app.orgId(), app.id(), type, domain, format, period, new Params(from, to, days)));
  }

  /** The executive report of the organization across its apps. */
  @Operation(operationId = "getOrgExecutiveReport")
  @Get(
      value = "/orgs/{orgId}/analytics/reports/executive",
      produces = {MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_HTML, "application/pdf"})
  @ApiResponse(
      responseCode = "200",
      description = "The report in the format asked for",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = AnalyticsSchemas.Report.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = "text/html", schema = @Schema(type = "string")),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary"))
      })
  HttpResponse<byte[]> organization(
      @Parameter(hidden = true) Actor actor,
      String orgId,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue Integer days) {
    String org = organizations.get(actor, orgId).id();
    return file(
        reads.report(org, null, "executive", "all", format, period, new Params(from, to, days)));
  }

  private static HttpResponse<byte[]> file(RenderedReport report) {
    return HttpResponse.ok(report.body())
        .contentType(MediaType.of(report.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.fileName() + "\"");
  }
}
