package dev.engram.analytics.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.analytics.reports.Report.Figure;
import dev.engram.analytics.reports.Report.Section;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reports rendered from known rollups: the PDF opened with PDFBox, the HTML, CSV and JSON read. */
class ReportRenderingTest {
  private static final List<String> EXECUTIVE_SECTIONS =
      List.of(
          "Summary",
          "Memory growth",
          "What was learned and corrected",
          "Retrieval quality and latency",
          "Usage by app and agent",
          "Feedback",
          "Anomalies and insights",
          "Trend versus the previous period",
          "Recommendations");

  @Test
  void executiveFiguresAddUpTheAppsAndCompareWithThePreviousPeriod() {
    Report report =
        SampleReports.executive(
            SampleReports.app("app-1", "Shop", 20), SampleReports.app("app-2", "Support", 10));
    Figure learned = figure(report, "summary", "facts_learned");
    assertThat(learned.value()).isEqualTo(30.0 * (20 + 10));
    assertThat(learned.previous()).isEqualTo(30.0 * (10 + 5));
    assertThat(learned.change()).isCloseTo(1.0, within(1e-9));
    assertThat(figure(report, "summary", "accuracy").value()).isCloseTo(0.8, within(1e-9));
    assertThat(figure(report, "summary", "hit_rate").value()).isCloseTo(0.8, within(1e-9));
    assertThat(figure(report, "summary", "memories").value()).isEqualTo(2000.0 + 30 * 30);
    assertThat(figure(report, "feedback", "mean_rating").value()).isCloseTo(4.0, within(1e-9));
    assertThat(report.sections().stream().map(Section::heading))
        .containsExactlyElementsOf(EXECUTIVE_SECTIONS);
  }

  @Test
  void executivePdfOpensWithEverySectionChartsAndNumberedPages() throws IOException {
    Report report =
        SampleReports.executive(
            SampleReports.app("app-1", "Shop", 20), SampleReports.app("app-2", "Support", 10));
    byte[] pdf = ReportPdf.render(report);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isBetween(3, 12);
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Executive report - organization acme");
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Executive report", "organization acme", "Period 2026-11-01 to 2026-11-30");
      assertThat(text).contains(EXECUTIVE_SECTIONS);
      assertThat(text).contains("Shop", "Support", "agent-1", "shipping", "billing");
      assertThat(text).contains("Facts learned", "900", "450", "+100.0 %");
      assertThat(text).contains("Memories held at the end of each day", "Events per app");
      assertThat(text).contains("review what was corrected or forgotten");
      assertThat(text).contains("page 1 of " + pages, "page " + pages + " of " + pages);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportType.class)
  void everyTypeRendersInEveryFormat(ReportType type) throws IOException {
    Report report =
        type == ReportType.EXECUTIVE
            ? SampleReports.executive(SampleReports.app("app-1", "Shop", 20))
            : SampleReports.of(type, SampleReports.app("app-1", "Shop", 20));
    try (PDDocument doc = Loader.loadPDF(ReportPdf.render(report))) {
      assertThat(doc.getNumberOfPages()).isPositive();
      assertThat(new PDFTextStripper().getText(doc)).contains(type.title(), "Summary");
    }
    String html = new String(ReportHtml.render(report), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>" + type.title() + "</h1>");
    List<CSVRecord> csv = csv(report);
    assertThat(csv).anySatisfy(r -> assertThat(r.get("value")).isEqualTo(type.wireName()));
    assertThat(ReportMaps.of(report)).containsEntry("type", type.wireName());
  }

  @Test
  void htmlAndPdfShowTheSameFiguresAndHeadings() throws IOException {
    Report report = SampleReports.executive(SampleReports.app("app-1", "Shop", 20));
    String html = new String(ReportHtml.render(report), StandardCharsets.UTF_8);
    String pdf;
    try (PDDocument doc = Loader.loadPDF(ReportPdf.render(report))) {
      pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    for (Section s : report.sections()) {
      assertThat(html).contains("<h2>" + s.heading() + "</h2>");
      assertThat(pdf).contains(s.heading());
      for (Figure f : s.figures()) {
        String value = Formats.value(f.value(), f.unit());
        String change = Formats.change(f);
        assertThat(html).contains(">" + value + "<", ">" + change + "<");
        assertThat(pdf).contains(value, change, f.label());
      }
      for (Report.Chart c : s.charts()) {
        assertThat(html).contains("aria-label=\"" + c.title() + "\"");
        assertThat(pdf).contains(c.title());
      }
    }
  }

  @Test
  void htmlEscapesNamesFromTenants() {
    Report report =
        SampleReports.executive(SampleReports.app("app-1", "<script>alert(1)</script>", 20));
    String html = new String(ReportHtml.render(report), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void csvAndJsonCarryTheNumbers() throws IOException {
    Report report =
        SampleReports.executive(
            SampleReports.app("app-1", "Shop", 20), SampleReports.app("app-2", "Support", 10));
    List<CSVRecord> csv = csv(report);
    CSVRecord learned =
        csv.stream()
            .filter(r -> r.get("section").equals("summary") && r.get("key").equals("facts_learned"))
            .findFirst()
            .orElseThrow();
    assertThat(learned.get("value")).isEqualTo("900");
    assertThat(learned.get("previous")).isEqualTo("450");
    assertThat(Double.parseDouble(learned.get("change"))).isEqualTo(1.0);
    assertThat(csv)
        .anySatisfy(
            r -> {
              assertThat(r.get("item")).isEqualTo("table:apps");
              assertThat(r.get("key")).isEqualTo("Support");
              assertThat(r.get("column")).isEqualTo("searches");
              assertThat(r.get("value")).isEqualTo("1500");
            });
    assertThat(csv)
        .anySatisfy(
            r -> {
              assertThat(r.get("item")).isEqualTo("chart:memories_daily");
              assertThat(r.get("key")).isEqualTo("2026-11-30");
              assertThat(r.get("value")).isEqualTo("2900");
            });
    Map<String, Object> json = ReportMaps.of(report);
    @SuppressWarnings("unchecked")
    Map<String, Object> summary =
        (Map<String, Object>) ((Map<String, Object>) json.get("sections")).get("summary");
    @SuppressWarnings("unchecked")
    Map<String, Object> figure =
        (Map<String, Object>) ((Map<String, Object>) summary.get("figures")).get("facts_learned");
    assertThat(figure).containsEntry("value", 900.0).containsEntry("previous", 450.0);
    assertThat(json).containsEntry("from", "2026-11-01").containsEntry("to", "2026-12-01");
  }

  @Test
  void anEmptyOrganizationRendersWithUndefinedRatesShownAsSuch() throws IOException {
    Report report = SampleReports.executive();
    assertThat(figure(report, "summary", "accuracy").value()).isNull();
    try (PDDocument doc = Loader.loadPDF(ReportPdf.render(report))) {
      assertThat(new PDFTextStripper().getText(doc)).contains("0 apps", "n/a", "none");
    }
  }

  private static Figure figure(Report report, String section, String key) {
    return report.sections().stream()
        .filter(s -> s.key().equals(section))
        .flatMap(s -> s.figures().stream())
        .filter(f -> f.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static List<CSVRecord> csv(Report report) throws IOException {
    String text = new String(ReportCsv.render(report), StandardCharsets.UTF_8);
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }
}
