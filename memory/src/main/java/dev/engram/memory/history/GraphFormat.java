package dev.engram.memory.history;

import dev.engram.memory.MemoryException;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Formats of the evolution graph, with their media types. */
public enum GraphFormat {
  /** Mermaid flowchart text. */
  MERMAID("text/vnd.mermaid; charset=utf-8"),
  /** Graphviz DOT. */
  DOT("text/vnd.graphviz; charset=utf-8"),
  /** A self-contained HTML page (inline SVG and CSS, no script, no network). */
  HTML("text/html; charset=utf-8");

  private final String mediaType;

  GraphFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named by a {@code format} parameter; mermaid when absent. */
  public static GraphFormat parse(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return MERMAID;
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
                            .map(GraphFormat::value)
                            .collect(Collectors.joining(", "))));
  }
}
