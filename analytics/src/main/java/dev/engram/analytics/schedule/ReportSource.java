package dev.engram.analytics.schedule;

import static java.util.Objects.requireNonNull;

import dev.engram.analytics.Window;
import java.util.Optional;

/**
 * Renders one report for a scheduled run. The scheduler knows nothing of how reports look: the
 * application adapts the report renderer to this interface.
 */
public interface ReportSource {
  /** Renders the report; throwing fails the run's attempt (it is retried with backoff). */
  Output render(Request request) throws Exception;

  /**
   * One report to render.
   *
   * @param orgId the organization the report is for
   * @param appId one app of it, or empty for the whole organization
   * @param type {@code performance}, {@code learning}, {@code business} or {@code executive}
   * @param domain a domain of the app's data, or {@code all}
   * @param period the days the report covers
   * @param format {@code json}, {@code csv}, {@code html} or {@code pdf}
   */
  record Request(
      String orgId,
      Optional<String> appId,
      String type,
      String domain,
      Window period,
      String format) {
    public Request {
      requireNonNull(orgId, "orgId is null");
      requireNonNull(appId, "appId is null");
      requireNonNull(type, "type is null");
      requireNonNull(domain, "domain is null");
      requireNonNull(period, "period is null");
      requireNonNull(format, "format is null");
    }
  }

  /** A rendered report file. */
  record Output(byte[] body, String contentType, String fileName) {
    public Output {
      requireNonNull(body, "body is null");
      requireNonNull(contentType, "contentType is null");
      requireNonNull(fileName, "fileName is null");
    }
  }
}
