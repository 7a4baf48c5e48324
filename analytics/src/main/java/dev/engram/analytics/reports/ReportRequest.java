package dev.engram.analytics.reports;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.AnalyticsException;
import dev.engram.analytics.Window;
import io.micronaut.core.annotation.Nullable;

/**
 * A report to render.
 *
 * @param orgId the organization the report is for
 * @param appId the app of a performance, learning or business report (required for those); for an
 *     executive report null means every app of the organization, an id narrows it to that app
 * @param type the report
 * @param domain {@code all}, {@code memory}, {@code retrieval} or a learning domain / memory
 *     category (executive reports read {@code all} of each app whatever is given)
 * @param period the window of whole UTC days reported; compared with the window of the same length
 *     just before it
 * @param format the file format
 */
public record ReportRequest(
    String orgId,
    @Nullable String appId,
    ReportType type,
    String domain,
    Window period,
    ReportFormat format) {
  public ReportRequest {
    requireNonNull(orgId, "orgId is null");
    requireNonNull(type, "type is null");
    requireNonNull(domain, "domain is null");
    requireNonNull(period, "period is null");
    requireNonNull(format, "format is null");
    if (appId == null && type != ReportType.EXECUTIVE) {
      throw AnalyticsException.missing("app_id");
    }
  }
}
