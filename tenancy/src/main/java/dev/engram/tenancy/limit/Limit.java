package dev.engram.tenancy.limit;

/** The limits there are, by the name errors and the console API use. */
public enum Limit {
  REQUESTS_PER_SECOND("requests_per_second"),
  MEMORIES_PER_APP("memories_per_app"),
  STORAGE_MB_PER_APP("storage_mb_per_app"),
  LLM_CALLS_PER_DAY("llm_calls_per_day");

  private final String value;

  Limit(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }
}
