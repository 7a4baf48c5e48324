package dev.engram.analytics;

import dev.engram.tenancy.ErrorType;

/** Machine-readable error codes of the analytics module. */
public enum AnalyticsErrorCode {
  INVALID_FIELD("invalid_field", ErrorType.INVALID_INPUT),
  MISSING_FIELD("missing_field", ErrorType.INVALID_INPUT),
  UNKNOWN_FIELD("unknown_field", ErrorType.INVALID_INPUT),
  UNKNOWN_DOMAIN("unknown_domain", ErrorType.INVALID_INPUT),
  UNKNOWN_METRIC("unknown_metric", ErrorType.INVALID_INPUT),
  RANGE_OVER_RETENTION("range_over_retention", ErrorType.INVALID_INPUT),
  BATCH_TOO_LARGE("batch_too_large", ErrorType.INVALID_INPUT),
  EVENT_TOO_LARGE("event_too_large", ErrorType.INVALID_INPUT),
  INVALID_JSON("invalid_json", ErrorType.INVALID_INPUT),
  MEMORY_NOT_FOUND("memory_not_found", ErrorType.NOT_FOUND),
  NOT_FOUND("not_found", ErrorType.NOT_FOUND),
  SESSION_NOT_FOUND("tool_session_not_found", ErrorType.NOT_FOUND),
  SESSION_ENDED("tool_session_ended", ErrorType.CONFLICT),
  TOOL_NOT_FOUND("tool_not_found", ErrorType.NOT_FOUND),
  INVALID_WEBHOOK_URL("invalid_webhook_url", ErrorType.INVALID_INPUT),
  INVALID_S3_ENDPOINT("invalid_s3_endpoint", ErrorType.INVALID_INPUT),
  SMTP_NOT_CONFIGURED("smtp_not_configured", ErrorType.INVALID_INPUT),
  SCHEDULE_NOT_FOUND("report_schedule_not_found", ErrorType.NOT_FOUND),
  RUN_NOT_FOUND("report_run_not_found", ErrorType.NOT_FOUND),
  OUTPUT_NOT_FOUND("report_output_not_found", ErrorType.NOT_FOUND),
  STORE_FAILED("store_failed", ErrorType.INTERNAL);

  private final String code;
  private final ErrorType type;

  AnalyticsErrorCode(String code, ErrorType type) {
    this.code = code;
    this.type = type;
  }

  public String code() {
    return code;
  }

  public ErrorType type() {
    return type;
  }
}
