package dev.engram.tools;

import java.io.Console;
import java.io.PrintStream;

/**
 * Progress on standard error: a bar that redraws in place on a terminal, a line per 10 % when the
 * output goes to a file or a pipe (so a saved log holds ten lines, not thousands of frames).
 */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintStream out = System.err;
  private final String label;
  private final long total;
  private final long started = System.nanoTime();
  private final boolean terminal;
  private int lastDecile = -1;

  Progress(String label, long total) {
    this(label, total, isTerminal());
  }

  Progress(String label, long total, boolean terminal) {
    this.label = label;
    this.total = Math.max(1, total);
    this.terminal = terminal;
  }

  private static boolean isTerminal() {
    Console console = System.console();
    return console != null && console.isTerminal();
  }

  synchronized void update(long done) {
    long shown = Math.min(done, total);
    double seconds = (System.nanoTime() - started) / 1e9;
    if (terminal) {
      int filled = (int) (WIDTH * shown / total);
      out.printf(
          "\r%-12s [%s%s] %d/%d %.0fs",
          label, "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, seconds);
      if (done >= total) {
        out.println();
      }
    } else {
      int decile = (int) (10 * shown / total);
      if (decile == lastDecile) {
        return;
      }
      lastDecile = decile;
      out.printf("%-12s %3d%% %d/%d %.0fs%n", label, decile * 10, done, total, seconds);
    }
    out.flush();
  }
}
