package dev.engram.analytics.reports;

import dev.engram.analytics.Window;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A report as a document: sections of figures (with the previous period's value), charts, tables
 * and notes. Every renderer reads this one model, so PDF and HTML show the same content and CSV and
 * JSON carry the same numbers.
 */
record Report(
    ReportType type,
    String title,
    String scope,
    String domain,
    Window period,
    Instant generatedAt,
    List<Section> sections) {

  /** A section: its figures, charts, tables and notes (any may be empty). */
  record Section(
      String key,
      String heading,
      List<Figure> figures,
      List<Chart> charts,
      List<Table> tables,
      List<String> notes) {}

  /** How a figure is shown. */
  enum Unit {
    COUNT,
    NUMBER,
    PERCENT,
    MS
  }

  /** A figure of the period and of the period before it. */
  record Figure(
      String key, String label, @Nullable Double value, @Nullable Double previous, Unit unit) {
    /** Relative change against the previous period; null when either is undefined or zero. */
    @Nullable
    Double change() {
      if (value == null || previous == null || previous == 0) {
        return null;
      }
      return (value - previous) / Math.abs(previous);
    }
  }

  /** Kinds of chart. */
  enum ChartKind {
    LINE,
    BAR
  }

  /** A chart: labels on the x axis, one or more series of values (null where undefined). */
  record Chart(
      String key, String title, ChartKind kind, List<String> labels, List<Series> series) {}

  /** A named series of a chart. */
  record Series(String name, List<Double> values) {}

  /** A table: column keys and titles, rows of cells (strings or numbers, null when undefined). */
  record Table(String key, String title, List<String> columns, List<List<Object>> rows) {}
}
