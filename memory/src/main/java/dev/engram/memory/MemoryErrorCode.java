package dev.engram.memory;

/** Machine-readable error codes of the memory engine. */
public enum MemoryErrorCode {
  INVALID_FIELD("invalid_field", ErrorKind.INVALID_INPUT),
  UNKNOWN_FILTER("unknown_filter", ErrorKind.INVALID_INPUT),
  INVALID_FILTER("invalid_filter", ErrorKind.INVALID_INPUT),
  CONTENT_TOO_LONG("content_too_long", ErrorKind.INVALID_INPUT),
  METADATA_TOO_LARGE("metadata_too_large", ErrorKind.INVALID_INPUT),
  USER_REQUIRED("user_id_required", ErrorKind.INVALID_INPUT),
  DIMENSION_MISMATCH("dimension_mismatch", ErrorKind.INVALID_INPUT),
  BATCH_TOO_LARGE("batch_too_large", ErrorKind.INVALID_INPUT),
  TOO_MANY_MESSAGES("too_many_messages", ErrorKind.INVALID_INPUT),
  TOO_FEW_MESSAGES("too_few_messages", ErrorKind.INVALID_INPUT),
  TASK_NOT_FOUND("task_not_found", ErrorKind.NOT_FOUND),
  APP_NOT_FOUND("app_not_found", ErrorKind.NOT_FOUND),
  INVALID_CALLBACK_URL("invalid_callback_url", ErrorKind.INVALID_INPUT),
  MEMORY_NOT_FOUND("memory_not_found", ErrorKind.NOT_FOUND),
  VERSION_CONFLICT("version_conflict", ErrorKind.CONFLICT),
  EMBEDDING_FAILED("embedding_failed", ErrorKind.EXTERNAL),
  STORE_FAILED("store_failed", ErrorKind.INTERNAL),
  INDEX_FAILED("index_failed", ErrorKind.INTERNAL);

  private final String code;
  private final ErrorKind kind;

  MemoryErrorCode(String code, ErrorKind kind) {
    this.code = code;
    this.kind = kind;
  }

  public String code() {
    return code;
  }

  public ErrorKind kind() {
    return kind;
  }
}
