package dev.engram.analytics.reports;

import dev.engram.analytics.AnalyticsException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The reports analytics renders. */
public enum ReportType {
  /** Retrieval quality and latency, accuracy and confidence, top agents and domains of an app. */
  PERFORMANCE("Performance report"),
  /** What an app learned: facts learned and corrected, learning events, feedback, patterns. */
  LEARNING("Learning report"),
  /** Usage and impact of an app: active users, memories per user, growth, performance change. */
  BUSINESS("Business report"),
  /** An organization across its apps: growth, learning, retrieval, usage, insights, advice. */
  EXECUTIVE("Executive report");

  private final String title;

  ReportType(String title) {
    this.title = title;
  }

  /** The wire name, e.g. {@code executive}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String title() {
    return title;
  }

  /** The type of that wire name, or a 400 naming the field and the valid names. */
  public static ReportType parse(String value, String field) {
    for (ReportType t : values()) {
      if (t.wireName().equals(value)) {
        return t;
      }
    }
    throw AnalyticsException.invalid(
        field,
        "unknown report type '"
            + value
            + "'; one of "
            + Arrays.stream(values()).map(ReportType::wireName).collect(Collectors.joining(", ")));
  }
}
