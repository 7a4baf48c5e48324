package dev.engram.analytics.reports;

import dev.engram.analytics.reports.Report.Figure;
import dev.engram.analytics.reports.Report.Unit;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Set;

/** How figures and cells read in HTML and PDF (the same text in both). */
final class Formats {
  static final String NONE = "n/a";
  private static final Set<String> PERCENT_COLUMNS =
      Set.of("accuracy", "share", "mean_confidence", "hit_rate", "support");

  private Formats() {}

  static String value(@Nullable Double value, Unit unit) {
    if (value == null || value.isNaN()) {
      return NONE;
    }
    return switch (unit) {
      case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(value));
      case PERCENT -> String.format(Locale.ROOT, "%.1f %%", value * 100);
      case MS -> String.format(Locale.ROOT, "%.1f ms", value);
      case NUMBER -> String.format(Locale.ROOT, "%.2f", value);
    };
  }

  static String change(Figure figure) {
    Double change = figure.change();
    if (change == null) {
      return NONE;
    }
    return String.format(Locale.ROOT, "%+.1f %%", change * 100);
  }

  /** Figures where a rise is bad news. */
  private static final Set<String> LOWER_IS_BETTER =
      Set.of("search_p50_ms", "search_p95_ms", "contradiction_rate", "facts_forgotten");

  /** "good", "bad" or "flat" for the figure's change (colour only). */
  static String direction(Figure figure) {
    Double change = figure.change();
    if (change == null || Math.abs(change) < 0.0005) {
      return "flat";
    }
    return (change > 0) != LOWER_IS_BETTER.contains(figure.key()) ? "good" : "bad";
  }

  static String cell(String column, @Nullable Object value) {
    return switch (value) {
      case null -> NONE;
      case Double d when d.isNaN() -> NONE;
      case Double d when PERCENT_COLUMNS.contains(column) ->
          String.format(Locale.ROOT, "%.1f %%", d * 100);
      case Double d -> String.format(Locale.ROOT, "%.3g", d);
      case Float f -> String.format(Locale.ROOT, "%.3g", f);
      case Long l -> String.format(Locale.ROOT, "%,d", l);
      case Integer i -> String.format(Locale.ROOT, "%,d", i);
      default -> String.valueOf(value);
    };
  }

  /** A number for an axis tick: short, no needless decimals. */
  static String tick(double value) {
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** A plain machine number for CSV: integers without decimals, others as Java prints them. */
  static String plain(@Nullable Object value) {
    return switch (value) {
      case null -> "";
      case Double d when d.isNaN() || d.isInfinite() -> "";
      case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> Long.toString(d.longValue());
      default -> String.valueOf(value);
    };
  }
}
