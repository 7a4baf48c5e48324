package dev.engram.analytics.reports;

import dev.engram.analytics.reports.Report.Chart;
import java.util.List;
import java.util.Locale;

/** A chart as inline SVG, drawn from its {@link ChartLayout}. */
final class SvgChart {
  static final double WIDTH = 720;
  static final double HEIGHT = 240;

  private SvgChart() {}

  static String render(Chart chart) {
    ChartLayout l = new ChartLayout(chart, WIDTH, HEIGHT);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %.0f %.0f\""
                + " width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"%s\">",
            l.width,
            l.height,
            l.width,
            l.height,
            escape(chart.title())));
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"16\" class=\"chart-title\">%s</text>",
            l.plotLeft,
            escape(chart.title())));
    for (ChartLayout.Tick t : l.ticks) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" class=\"tick\">%s</text>",
              l.plotLeft,
              t.y(),
              l.plotLeft + l.plotWidth,
              t.y(),
              l.plotLeft - 6,
              t.y() + 4,
              escape(t.label())));
    }
    for (ChartLayout.Label x : l.labels) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"tick\">%s</text>",
              x.x(),
              l.plotTop + l.plotHeight + 16,
              escape(x.text())));
    }
    double legendX = l.plotLeft;
    for (ChartLayout.Shapes s : l.shapes) {
      for (ChartLayout.Bar b : s.bars()) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                b.x(),
                b.y(),
                b.width(),
                b.height(),
                s.color()));
      }
      for (List<double[]> line : s.lines()) {
        if (line.size() == 1) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>",
                  line.getFirst()[0],
                  line.getFirst()[1],
                  s.color()));
          continue;
        }
        StringBuilder points = new StringBuilder();
        for (double[] p : line) {
          points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        svg.append(
            String.format(
                Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
                s.color(),
                points.toString().trim()));
      }
      double legendY = l.height - 8;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%.1f\" y=\"%.1f\" class=\"legend\">%s</text>",
              legendX,
              legendY - 9,
              s.color(),
              legendX + 14,
              legendY,
              escape(s.name())));
      legendX += 24 + 6.5 * s.name().length();
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#6b7280\"/>",
            l.plotLeft,
            l.plotTop + l.plotHeight,
            l.plotLeft + l.plotWidth,
            l.plotTop + l.plotHeight));
    svg.append("</svg>");
    return svg.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
