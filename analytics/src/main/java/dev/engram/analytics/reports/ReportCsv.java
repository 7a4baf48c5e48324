package dev.engram.analytics.reports;

import dev.engram.analytics.reports.Report.Chart;
import dev.engram.analytics.reports.Report.Figure;
import dev.engram.analytics.reports.Report.Section;
import dev.engram.analytics.reports.Report.Series;
import dev.engram.analytics.reports.Report.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders a report's numbers as one long-format CSV: {@code section, item, key, column, value,
 * previous, change}. Figures give {@code item=figure}; table cells {@code item=table:<name>} with
 * the row's first cell as key; chart points {@code item=chart:<name>} with the x label as key and
 * the series as column. Numbers are plain (no grouping, rates as fractions).
 */
final class ReportCsv {
  static final List<String> HEADER =
      List.of("section", "item", "key", "column", "value", "previous", "change");

  private ReportCsv() {}

  static byte[] render(Report report) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      csv.printRecord("report", "meta", "type", "", report.type().wireName(), "", "");
      csv.printRecord("report", "meta", "scope", "", report.scope(), "", "");
      csv.printRecord("report", "meta", "domain", "", report.domain(), "", "");
      csv.printRecord("report", "meta", "from", "", report.period().from(), "", "");
      csv.printRecord("report", "meta", "to", "", report.period().to(), "", "");
      for (Section s : report.sections()) {
        for (Figure f : s.figures()) {
          csv.printRecord(
              s.key(),
              "figure",
              f.key(),
              "value",
              Formats.plain(f.value()),
              Formats.plain(f.previous()),
              Formats.plain(f.change()));
        }
        for (Table t : s.tables()) {
          for (List<Object> row : t.rows()) {
            String key = Formats.plain(row.getFirst());
            for (int i = 1; i < t.columns().size(); i++) {
              csv.printRecord(
                  s.key(),
                  "table:" + t.key(),
                  key,
                  t.columns().get(i),
                  Formats.plain(row.get(i)),
                  "",
                  "");
            }
          }
        }
        for (Chart c : s.charts()) {
          for (Series series : c.series()) {
            for (int i = 0; i < c.labels().size() && i < series.values().size(); i++) {
              csv.printRecord(
                  s.key(),
                  "chart:" + c.key(),
                  c.labels().get(i),
                  series.name(),
                  Formats.plain(series.values().get(i)),
                  "",
                  "");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
