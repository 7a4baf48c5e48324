package dev.engram.analytics.reports;

/** Renders a report as CSV. */
final class ReportCsv {
  private ReportCsv() {}

  static byte[] render(Report report) {
    throw new UnsupportedOperationException("not yet");
  }
}
