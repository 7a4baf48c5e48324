package dev.engram.api.sdk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs an SDK test's external commands (npm, node, pip, pytest), with their output in the log, and
 * removes its work directory afterwards.
 */
final class Commands {
  /** How a command ended: its exit code and everything it printed (stdout and stderr). */
  record Run(int exitCode, String output) {}

  private Commands() {}

  /**
   * Starts the command, prints each line it writes with the label in front and waits for it, at
   * most 10 minutes.
   */
  static Run run(String label, ProcessBuilder builder) throws IOException, InterruptedException {
    builder.redirectErrorStream(true);
    System.out.println("[" + label + "] $ " + String.join(" ", builder.command()));
    Process process = builder.start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        System.out.println("[" + label + "] " + line);
        lines.add(line);
      }
    }
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(label + " did not finish in 10 minutes");
    }
    return new Run(process.exitValue(), String.join("\n", lines) + "\n");
  }

  /** Deletes a directory and everything in it; nothing when it is null. */
  static void deleteTree(Path root) throws IOException {
    if (root == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
