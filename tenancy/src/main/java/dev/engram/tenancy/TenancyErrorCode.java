package dev.engram.tenancy;

/** Machine-readable error codes of the tenancy module. */
public enum TenancyErrorCode {
  INVALID_FIELD("invalid_field", ErrorType.INVALID_INPUT),
  ORG_NOT_FOUND("org_not_found", ErrorType.NOT_FOUND),
  ORG_NAME_TAKEN("org_name_taken", ErrorType.CONFLICT),
  APP_NOT_FOUND("app_not_found", ErrorType.NOT_FOUND),
  APP_NAME_TAKEN("app_name_taken", ErrorType.CONFLICT),
  API_KEY_NOT_FOUND("api_key_not_found", ErrorType.NOT_FOUND),
  API_KEY_INVALID("invalid_api_key", ErrorType.UNAUTHENTICATED),
  API_KEY_REVOKED("api_key_revoked", ErrorType.UNAUTHENTICATED),
  API_KEY_EXPIRED("api_key_expired", ErrorType.UNAUTHENTICATED),
  CONFLICTING_CREDENTIALS("conflicting_credentials", ErrorType.UNAUTHENTICATED),
  INVALID_CREDENTIALS("invalid_credentials", ErrorType.UNAUTHENTICATED),
  OPERATOR_TOKEN_REQUIRED("operator_token_required", ErrorType.UNAUTHENTICATED),
  SESSION_ENDED("session_ended", ErrorType.UNAUTHENTICATED),
  SIGN_IN_THROTTLED("sign_in_throttled", ErrorType.TOO_MANY_REQUESTS),
  RATE_LIMITED("rate_limited", ErrorType.TOO_MANY_REQUESTS),
  QUOTA_EXCEEDED("quota_exceeded", ErrorType.TOO_MANY_REQUESTS),
  IDEMPOTENCY_KEY_REUSED("idempotency_key_reused", ErrorType.CONFLICT),
  IDEMPOTENCY_IN_PROGRESS("idempotency_request_in_progress", ErrorType.CONFLICT),
  USER_NOT_FOUND("user_not_found", ErrorType.NOT_FOUND),
  USERNAME_TAKEN("username_taken", ErrorType.CONFLICT),
  LAST_PLATFORM_ADMIN("last_platform_admin", ErrorType.CONFLICT),
  FORBIDDEN("forbidden", ErrorType.FORBIDDEN),
  /** Keycloak refused or could not be reached while provisioning; nothing was changed. */
  IDENTITY_PROVIDER_FAILED("identity_provider_failed", ErrorType.EXTERNAL);

  private final String code;
  private final ErrorType type;

  TenancyErrorCode(String code, ErrorType type) {
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
