package dev.engram.analytics.reports;

import dev.engram.analytics.AnalyticsException;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats of a report: PDF and HTML carry the same content, CSV and JSON the numbers. */
public enum ReportFormat {
  JSON("application/json", "json"),
  CSV("text/csv; charset=utf-8", "csv"),
  HTML("text/html; charset=utf-8", "html"),
  PDF("application/pdf", "pdf");

  private final String contentType;
  private final String extension;

  ReportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The wire name, e.g. {@code pdf}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of that wire name ({@code json} when none), or a 400 naming the field. */
  public static ReportFormat parse(@Nullable String value, String field) {
    if (value == null || value.isEmpty()) {
      return JSON;
    }
    for (ReportFormat f : values()) {
      if (f.wireName().equals(value)) {
        return f;
      }
    }
    throw AnalyticsException.invalid(
        field,
        "unknown report format '"
            + value
            + "'; one of "
            + Arrays.stream(values())
                .map(ReportFormat::wireName)
                .collect(Collectors.joining(", ")));
  }
}
