package dev.engram.analytics.reports;

import dev.engram.analytics.reports.Report.Chart;
import dev.engram.analytics.reports.Report.Figure;
import dev.engram.analytics.reports.Report.Section;
import dev.engram.analytics.reports.Report.Table;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a report as an A4 PDF with PDFBox: the same text as the HTML page (via {@link ReportHtml}
 * 's view and {@link Formats}) and the same charts, drawn as vector shapes from {@link
 * ChartLayout}. Uses the standard Helvetica fonts (nothing to embed; text outside WinAnsi is
 * replaced by '?').
 */
final class ReportPdf {
  private static final PDRectangle SIZE = PDRectangle.A4;
  private static final float MARGIN = 48;
  private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
  private static final float CHART_HEIGHT = 180;

  private final PDDocument document = new PDDocument();
  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream page;
  private float y;

  private ReportPdf() {}

  static byte[] render(Report report) {
    try {
      return new ReportPdf().document(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private byte[] document(Report report) throws IOException {
    Map<String, Object> view = ReportHtml.view(report);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(report.title() + " - " + report.scope());
    info.setCreator("Engram");
    newPage();
    text(bold, 22, MARGIN, report.title());
    y -= 30;
    for (String meta :
        List.of(
            report.scope() + " - domain " + report.domain(),
            "Period "
                + view.get("from")
                + " to "
                + view.get("through")
                + " ("
                + view.get("days")
                + " days), compared with "
                + view.get("previous_from")
                + " to "
                + view.get("previous_through"),
            "Generated " + view.get("generated_at"))) {
      paragraph(regular, 10, meta, Color.DARK_GRAY);
    }
    for (Section s : report.sections()) {
      heading(s.heading());
      if (!s.figures().isEmpty()) {
        figures(s.figures());
      }
      for (Chart c : s.charts()) {
        chart(c);
      }
      for (Table t : s.tables()) {
        table(t, !t.title().equals(s.heading()));
      }
      for (String note : s.notes()) {
        room(14);
        paragraph(regular, 9, note, Color.DARK_GRAY);
        y -= 2;
      }
    }
    page.close();
    footers(report);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    document.close();
    return out.toByteArray();
  }

  // ---- layout ----

  private void newPage() throws IOException {
    if (page != null) {
      page.close();
    }
    PDPage p = new PDPage(SIZE);
    document.addPage(p);
    page = new PDPageContentStream(document, p);
    y = SIZE.getHeight() - MARGIN;
  }

  /** Starts a new page unless {@code height} points are left above the bottom margin. */
  private void room(float height) throws IOException {
    if (y - height < MARGIN + 16) {
      newPage();
    }
  }

  private void heading(String text) throws IOException {
    room(60);
    y -= 22;
    text(bold, 14, MARGIN, text);
    y -= 6;
    page.setStrokingColor(new Color(0x25, 0x63, 0xeb));
    page.setLineWidth(1.5f);
    page.moveTo(MARGIN, y);
    page.lineTo(MARGIN + WIDTH, y);
    page.stroke();
    y -= 14;
  }

  private void figures(List<Figure> figures) throws IOException {
    float[] columns = {MARGIN, MARGIN + 230, MARGIN + 330, MARGIN + 430};
    room(14 * 2);
    String[] head = {"Figure", "This period", "Previous period", "Change"};
    for (int i = 0; i < head.length; i++) {
      text(bold, 9, columns[i], head[i]);
    }
    y -= 14;
    for (Figure f : figures) {
      room(14);
      text(regular, 9, columns[0], f.label());
      text(regular, 9, columns[1], Formats.value(f.value(), f.unit()));
      text(regular, 9, columns[2], Formats.value(f.previous(), f.unit()));
      String direction = Formats.direction(f);
      page.setNonStrokingColor(
          direction.equals("good")
              ? new Color(0x04, 0x78, 0x57)
              : direction.equals("bad") ? new Color(0xb9, 0x1c, 0x1c) : Color.GRAY);
      text(regular, 9, columns[3], Formats.change(f));
      page.setNonStrokingColor(Color.BLACK);
      y -= 14;
    }
    y -= 6;
  }

  private void table(Table t, boolean titled) throws IOException {
    room(40);
    if (titled) {
      text(bold, 10, MARGIN, t.title());
      y -= 14;
    }
    int n = t.columns().size();
    float[] widths = widths(t);
    float x = MARGIN;
    for (int i = 0; i < n; i++) {
      text(bold, 8, x, fit(bold, 8, t.columns().get(i), widths[i] - 4));
      x += widths[i];
    }
    y -= 12;
    if (t.rows().isEmpty()) {
      text(regular, 8, MARGIN, "none");
      y -= 12;
    }
    for (List<Object> row : t.rows()) {
      List<List<String>> cells = new ArrayList<>();
      int lines = 1;
      for (int i = 0; i < n; i++) {
        List<String> wrapped =
            wrap(regular, 8, Formats.cell(t.columns().get(i), row.get(i)), widths[i] - 4);
        cells.add(wrapped);
        lines = Math.max(lines, wrapped.size());
      }
      room(lines * 10 + 2);
      x = MARGIN;
      for (int i = 0; i < n; i++) {
        float lineY = y;
        for (String line : cells.get(i)) {
          textAt(regular, 8, x, lineY, line);
          lineY -= 10;
        }
        x += widths[i];
      }
      y -= lines * 10 + 2;
    }
    y -= 8;
  }

  /** Column widths: proportional to the longest text of each column, at least 40 points. */
  private float[] widths(Table t) throws IOException {
    int n = t.columns().size();
    float[] want = new float[n];
    for (int i = 0; i < n; i++) {
      want[i] = Math.max(40, bold.getStringWidth(safe(t.columns().get(i))) / 1000 * 8 + 6);
      for (List<Object> row : t.rows()) {
        String cell = safe(Formats.cell(t.columns().get(i), row.get(i)));
        want[i] = Math.max(want[i], Math.min(260, regular.getStringWidth(cell) / 1000 * 8 + 6));
      }
    }
    // short columns keep their width up to 80 points; the long ones share what is left
    float fixed = 0;
    float flexible = 0;
    for (float w : want) {
      fixed += Math.min(w, 80);
      flexible += Math.max(0, w - 80);
    }
    float[] widths = new float[n];
    float scale = flexible == 0 ? 0 : Math.max(0, WIDTH - fixed) / flexible;
    float used = 0;
    for (int i = 0; i < n; i++) {
      widths[i] = Math.min(want[i], 80) + Math.max(0, want[i] - 80) * Math.min(1, scale);
      used += widths[i];
    }
    if (used > WIDTH) {
      for (int i = 0; i < n; i++) {
        widths[i] *= WIDTH / used;
      }
    }
    return widths;
  }

  private void chart(Chart c) throws IOException {
    room(CHART_HEIGHT + 10);
    ChartLayout l = new ChartLayout(c, WIDTH, CHART_HEIGHT);
    float top = y;
    text(bold, 10, MARGIN + (float) l.plotLeft, c.title());
    page.setLineWidth(0.5f);
    for (ChartLayout.Tick t : l.ticks) {
      page.setStrokingColor(new Color(0xe5, 0xe7, 0xeb));
      line(top, l.plotLeft, t.y(), l.plotLeft + l.plotWidth, t.y());
      String label = t.label();
      float w = regular.getStringWidth(safe(label)) / 1000 * 7;
      textAt(regular, 7, MARGIN + (float) l.plotLeft - 4 - w, top - (float) t.y() - 2.5f, label);
    }
    for (ChartLayout.Label x : l.labels) {
      float w = regular.getStringWidth(safe(x.text())) / 1000 * 7;
      textAt(
          regular,
          7,
          MARGIN + (float) x.x() - w / 2,
          top - (float) (l.plotTop + l.plotHeight) - 12,
          x.text());
    }
    float legendX = MARGIN + (float) l.plotLeft;
    for (ChartLayout.Shapes s : l.shapes) {
      Color color = Color.decode(s.color());
      page.setNonStrokingColor(color);
      for (ChartLayout.Bar b : s.bars()) {
        page.addRect(
            MARGIN + (float) b.x(),
            top - (float) (b.y() + b.height()),
            (float) b.width(),
            (float) b.height());
      }
      if (!s.bars().isEmpty()) {
        page.fill();
      }
      page.setStrokingColor(color);
      page.setLineWidth(1.5f);
      for (List<double[]> line : s.lines()) {
        if (line.size() == 1) {
          double[] p = line.getFirst();
          page.addRect(MARGIN + (float) p[0] - 1.5f, top - (float) p[1] - 1.5f, 3, 3);
          page.fill();
          continue;
        }
        page.moveTo(MARGIN + (float) line.getFirst()[0], top - (float) line.getFirst()[1]);
        for (double[] p : line.subList(1, line.size())) {
          page.lineTo(MARGIN + (float) p[0], top - (float) p[1]);
        }
        page.stroke();
      }
      float legendY = top - (float) l.height + 6;
      page.addRect(legendX, legendY, 8, 8);
      page.fill();
      page.setNonStrokingColor(Color.BLACK);
      textAt(regular, 8, legendX + 11, legendY + 1, s.name());
      legendX += 22 + regular.getStringWidth(safe(s.name())) / 1000 * 8;
    }
    page.setStrokingColor(Color.GRAY);
    page.setLineWidth(0.75f);
    line(
        top,
        l.plotLeft,
        l.plotTop + l.plotHeight,
        l.plotLeft + l.plotWidth,
        l.plotTop + l.plotHeight);
    page.setStrokingColor(Color.BLACK);
    page.setNonStrokingColor(Color.BLACK);
    y = top - CHART_HEIGHT - 8;
  }

  private void line(float top, double x1, double y1, double x2, double y2) throws IOException {
    page.moveTo(MARGIN + (float) x1, top - (float) y1);
    page.lineTo(MARGIN + (float) x2, top - (float) y2);
    page.stroke();
  }

  private void footers(Report report) throws IOException {
    int total = document.getNumberOfPages();
    for (int i = 0; i < total; i++) {
      try (PDPageContentStream footer =
          new PDPageContentStream(
              document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        footer.beginText();
        footer.setFont(regular, 8);
        footer.setNonStrokingColor(Color.GRAY);
        footer.newLineAtOffset(MARGIN, MARGIN - 20);
        footer.showText(
            safe(
                "Engram - "
                    + report.title()
                    + " - "
                    + report.scope()
                    + " - page "
                    + (i + 1)
                    + " of "
                    + total));
        footer.endText();
      }
    }
  }

  // ---- text ----

  private void text(PDFont font, float size, float x, String text) throws IOException {
    textAt(font, size, x, y, text);
  }

  private void textAt(PDFont font, float size, float x, float atY, String text) throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, atY);
    page.showText(safe(text));
    page.endText();
  }

  /** Writes wrapped text at the cursor and moves it below. */
  private void paragraph(PDFont font, float size, String text, Color color) throws IOException {
    List<String> lines = wrap(font, size, text, WIDTH);
    page.setNonStrokingColor(color);
    for (String line : lines) {
      room(size + 3);
      text(font, size, MARGIN, line);
      y -= size + 3;
    }
    page.setNonStrokingColor(Color.BLACK);
  }

  static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : safe(text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    lines.add(line.toString());
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(fit(font, size, l, width));
    }
    return out;
  }

  /** The text cut (with "...") to fit the width. */
  static String fit(PDFont font, float size, String text, float width) throws IOException {
    String s = safe(text);
    if (font.getStringWidth(s) / 1000 * size <= width) {
      return s;
    }
    while (!s.isEmpty() && font.getStringWidth(s + "...") / 1000 * size > width) {
      s = s.substring(0, s.length() - 1);
    }
    return s + "...";
  }

  /** Text the standard fonts can show: printable Latin-1; anything else becomes '?'. */
  static String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(
          (c >= 32 && c < 127) || (c >= 160 && c <= 255) ? c : c == '\n' || c == '\t' ? ' ' : '?');
    }
    return out.toString();
  }
}
