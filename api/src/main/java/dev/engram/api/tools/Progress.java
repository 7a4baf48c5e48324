package dev.engram.api.tools;

import java.io.PrintStream;

/** A one-line progress bar on standard error. */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintStream out = System.err;
  private final String label;
  private final long total;
  private final long started = System.nanoTime();

  Progress(String label, long total) {
    this.label = label;
    this.total = Math.max(1, total);
  }

  void update(long done) {
    int filled = (int) (WIDTH * Math.min(done, total) / total);
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        "\r%-12s [%s%s] %d/%d %.0fs",
        label, "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, seconds);
    if (done >= total) {
      out.println();
    }
    out.flush();
  }
}
