package dev.engram.analytics.reports;

/** Renders a report as PDF. */
final class ReportPdf {
  private ReportPdf() {}

  static byte[] render(Report report) {
    throw new UnsupportedOperationException("not yet");
  }
}
