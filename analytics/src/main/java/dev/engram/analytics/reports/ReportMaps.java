package dev.engram.analytics.reports;

import dev.engram.analytics.reports.Report.Chart;
import dev.engram.analytics.reports.Report.Figure;
import dev.engram.analytics.reports.Report.Section;
import dev.engram.analytics.reports.Report.Series;
import dev.engram.analytics.reports.Report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A report as plain maps and lists, for JSON (snake_case keys, numbers as numbers). */
final class ReportMaps {
  private ReportMaps() {}

  static Map<String, Object> of(Report report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", report.type().wireName());
    out.put("title", report.title());
    out.put("scope", report.scope());
    out.put("domain", report.domain());
    out.put("from", report.period().from().toString());
    out.put("to", report.period().to().toString());
    out.put("days", report.period().days());
    out.put("previous_from", report.period().previous().from().toString());
    out.put("previous_to", report.period().previous().to().toString());
    out.put("generated_at", report.generatedAt().toString());
    Map<String, Object> sections = new LinkedHashMap<>();
    for (Section s : report.sections()) {
      sections.put(s.key(), section(s));
    }
    out.put("sections", sections);
    return out;
  }

  private static Map<String, Object> section(Section s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("heading", s.heading());
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Figure f : s.figures()) {
      Map<String, Object> figure = new LinkedHashMap<>();
      figure.put("label", f.label());
      figure.put("value", f.value());
      figure.put("previous", f.previous());
      figure.put("change", f.change());
      figure.put("unit", f.unit().name().toLowerCase(Locale.ROOT));
      figures.put(f.key(), figure);
    }
    out.put("figures", figures);
    Map<String, Object> tables = new LinkedHashMap<>();
    for (Table t : s.tables()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (List<Object> row : t.rows()) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < t.columns().size(); i++) {
          r.put(t.columns().get(i), row.get(i));
        }
        rows.add(r);
      }
      Map<String, Object> table = new LinkedHashMap<>();
      table.put("title", t.title());
      table.put("rows", rows);
      tables.put(t.key(), table);
    }
    out.put("tables", tables);
    Map<String, Object> charts = new LinkedHashMap<>();
    for (Chart c : s.charts()) {
      Map<String, Object> chart = new LinkedHashMap<>();
      chart.put("title", c.title());
      chart.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
      chart.put("labels", c.labels());
      Map<String, Object> series = new LinkedHashMap<>();
      for (Series x : c.series()) {
        series.put(x.name(), x.values());
      }
      chart.put("series", series);
      charts.put(c.key(), chart);
    }
    out.put("charts", charts);
    out.put("notes", s.notes());
    return out;
  }
}
