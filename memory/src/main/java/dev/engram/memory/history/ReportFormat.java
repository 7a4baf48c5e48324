package dev.engram.memory.history;

import io.micronaut.core.annotation.Nullable;

/** Formats of the evolution report, with their media types. */
public enum ReportFormat {
  /** Markdown: headings, a counts table and a timeline table. */
  MARKDOWN("text/markdown; charset=utf-8"),
  /** Plain text, one line per timeline entry. */
  TEXT("text/plain; charset=utf-8"),
  /** JSON (snake_case), the same facts as the other formats. */
  JSON("application/json");

  private final String mediaType;

  ReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String value() {
    return Formats.value(this);
  }

  /** The format named by a {@code format} parameter; markdown when absent. */
  public static ReportFormat parse(@Nullable String value) {
    return Formats.parse(ReportFormat.class, value, MARKDOWN);
  }
}
