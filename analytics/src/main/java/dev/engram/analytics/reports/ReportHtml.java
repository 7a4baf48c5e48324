package dev.engram.analytics.reports;

/** Renders a report as HTML. */
final class ReportHtml {
  private ReportHtml() {}

  static byte[] render(Report report) {
    throw new UnsupportedOperationException("not yet");
  }
}
