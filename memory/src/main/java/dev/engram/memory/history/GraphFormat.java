package dev.engram.memory.history;

import io.micronaut.core.annotation.Nullable;

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
    return Formats.value(this);
  }

  /** The format named by a {@code format} parameter; mermaid when absent. */
  public static GraphFormat parse(@Nullable String value) {
    return Formats.parse(GraphFormat.class, value, MERMAID);
  }
}
