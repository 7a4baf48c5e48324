package dev.engram.memory.history;

import dev.engram.memory.MemoryException;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named by a {@code format} parameter; markdown when absent. */
  public static ReportFormat parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return MARKDOWN;
    }
    return Arrays.stream(values())
        .filter(f -> f.value().equals(value.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                MemoryException.invalid(
                    "format",
                    "must be one of "
                        + Arrays.stream(values())
                            .map(ReportFormat::value)
                            .collect(Collectors.joining(", "))));
  }
}
