package dev.engram.analytics.reports;

import dev.engram.analytics.reports.Report.Chart;
import dev.engram.analytics.reports.Report.ChartKind;
import dev.engram.analytics.reports.Report.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart laid out in a box of the given size, y growing downwards: the plot area, the y ticks, the
 * x labels, and per series either polylines (a line chart breaks where a value is undefined) or
 * bars. SVG and PDF draw these same shapes.
 */
final class ChartLayout {
  static final String[] COLORS = {"#2563eb", "#f59e0b", "#10b981", "#db2777"};
  static final double LEFT = 56;
  static final double RIGHT = 12;
  static final double TOP = 26;
  static final double BOTTOM = 40;

  record Tick(double y, String label) {}

  record Label(double x, String text) {}

  record Bar(double x, double y, double width, double height) {}

  record Shapes(String name, String color, List<List<double[]>> lines, List<Bar> bars) {}

  final double width;
  final double height;
  final double plotLeft;
  final double plotTop;
  final double plotWidth;
  final double plotHeight;
  final List<Tick> ticks = new ArrayList<>();
  final List<Label> labels = new ArrayList<>();
  final List<Shapes> shapes = new ArrayList<>();

  ChartLayout(Chart chart, double width, double height) {
    this.width = width;
    this.height = height;
    this.plotLeft = LEFT;
    this.plotTop = TOP;
    this.plotWidth = width - LEFT - RIGHT;
    this.plotHeight = height - TOP - BOTTOM;
    double max = 0;
    double min = 0;
    for (Series s : chart.series()) {
      for (Double v : s.values()) {
        if (v != null && !v.isNaN() && !v.isInfinite()) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
    }
    double top = nice(max);
    double bottom = min < 0 ? -nice(-min) : 0;
    if (top == bottom) {
      top = bottom + 1;
    }
    for (int i = 0; i <= 4; i++) {
      double v = bottom + (top - bottom) * i / 4;
      ticks.add(new Tick(y(v, bottom, top), Formats.tick(v)));
    }
    int n = chart.labels().size();
    double step = n == 0 ? 0 : plotWidth / n;
    if (n > 0) {
      int every = Math.max(1, (int) Math.ceil(n / 6.0));
      for (int i = 0; i < n; i += every) {
        labels.add(new Label(plotLeft + step * (i + 0.5), chart.labels().get(i)));
      }
    }
    int seriesCount = Math.max(1, chart.series().size());
    for (int s = 0; s < chart.series().size(); s++) {
      Series series = chart.series().get(s);
      String color = COLORS[s % COLORS.length];
      List<List<double[]>> lines = new ArrayList<>();
      List<Bar> bars = new ArrayList<>();
      List<double[]> current = new ArrayList<>();
      for (int i = 0; i < Math.min(n, series.values().size()); i++) {
        Double v = series.values().get(i);
        if (v == null || v.isNaN() || v.isInfinite()) {
          if (!current.isEmpty()) {
            lines.add(current);
            current = new ArrayList<>();
          }
          continue;
        }
        double yv = y(v, bottom, top);
        double y0 = y(0, bottom, top);
        if (chart.kind() == ChartKind.BAR) {
          double group = step * 0.8;
          double w = group / seriesCount;
          double x = plotLeft + step * i + step * 0.1 + w * s;
          bars.add(new Bar(x, Math.min(yv, y0), Math.max(w, 0.5), Math.abs(y0 - yv)));
        } else {
          current.add(new double[] {plotLeft + step * (i + 0.5), yv});
        }
      }
      if (!current.isEmpty()) {
        lines.add(current);
      }
      shapes.add(new Shapes(series.name(), color, lines, bars));
    }
  }

  private double y(double value, double bottom, double top) {
    return plotTop + plotHeight - (value - bottom) / (top - bottom) * plotHeight;
  }

  /**
   * The smallest of 1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8 times a power of ten at or above the value.
   */
  static double nice(double value) {
    if (value <= 0) {
      return 0;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double f : new double[] {1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10}) {
      if (f * magnitude >= value) {
        return f * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
