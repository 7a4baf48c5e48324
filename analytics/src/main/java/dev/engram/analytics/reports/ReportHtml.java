package dev.engram.analytics.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.engram.analytics.reports.Report.Chart;
import dev.engram.analytics.reports.Report.Figure;
import dev.engram.analytics.reports.Report.Section;
import dev.engram.analytics.reports.Report.Table;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a report as one self-contained HTML page (inline CSS, inline SVG charts) from the
 * Mustache template {@code report.mustache}; text is HTML-escaped by the template engine.
 */
final class ReportHtml {
  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("dev/engram/analytics/reports").compile("report.mustache");

  private ReportHtml() {}

  static byte[] render(Report report) {
    StringWriter out = new StringWriter();
    TEMPLATE.execute(out, view(report));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The template's view: the report's text as it reads (the same text the PDF shows). */
  static Map<String, Object> view(Report report) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", report.title());
    view.put("scope", report.scope());
    view.put("domain", report.domain());
    view.put("from", report.period().from().toString());
    view.put("through", report.period().to().minusDays(1).toString());
    view.put("days", report.period().days());
    view.put("previous_from", report.period().previous().from().toString());
    view.put("previous_through", report.period().previous().to().minusDays(1).toString());
    view.put("generated_at", report.generatedAt().toString());
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Section s : report.sections()) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("key", s.key());
      section.put("heading", s.heading());
      section.put("has_figures", !s.figures().isEmpty());
      List<Map<String, Object>> figures = new ArrayList<>();
      for (Figure f : s.figures()) {
        figures.add(
            Map.of(
                "label", f.label(),
                "value", Formats.value(f.value(), f.unit()),
                "previous", Formats.value(f.previous(), f.unit()),
                "change", Formats.change(f),
                "direction", Formats.direction(f)));
      }
      section.put("figures", figures);
      List<Map<String, Object>> charts = new ArrayList<>();
      for (Chart c : s.charts()) {
        charts.add(Map.of("svg", SvgChart.render(c)));
      }
      section.put("charts", charts);
      List<Map<String, Object>> tables = new ArrayList<>();
      for (Table t : s.tables()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < t.columns().size(); i++) {
            cells.add(Formats.cell(t.columns().get(i), row.get(i)));
          }
          rows.add(Map.of("cells", cells));
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("title", t.title());
        table.put("titled", !t.title().equals(s.heading()));
        table.put("columns", t.columns());
        table.put("rows", rows);
        table.put("width", t.columns().size());
        tables.add(table);
      }
      section.put("tables", tables);
      section.put("notes", s.notes());
      sections.add(section);
    }
    view.put("sections", sections);
    return view;
  }
}
