package dev.engram.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a process's threads, summed by thread kind: the thread's name without its number
 * ({@code embedder-2} and {@code embedder-1} are {@code embedder}; Linux keeps the first 15
 * characters of a name). Read from {@code /proc/<pid>/task/*}: a benchmark reads it before and
 * after a phase to say which part of the server the phase's CPU went to — the embedder, the JIT
 * compilers, the threads that carry virtual threads (requests and jobs), the HTTP event loops, the
 * collector — including native threads that a Java profiler does not sample.
 */
final class ThreadCpu {
  /** Milliseconds per clock tick of {@code /proc}'s times (USER_HZ is 100 on Linux). */
  private static final double MS_PER_TICK = 10.0;

  private ThreadCpu() {}

  /**
   * A process's CPU time so far, in milliseconds: in all (the process's own count) and by thread
   * kind.
   */
  record Reading(double totalMs, Map<String, Double> byThreadMs) {
    /** What was used since {@code before}, per unit of work; the 8 largest thread kinds apart. */
    Reading perUnitSince(Reading before, long units) {
      return new Reading(
          (totalMs - before.totalMs) / units, perUnit(before.byThreadMs, byThreadMs, units, 8));
    }
  }

  /** The CPU time of a process so far ({@code ProcessHandle}'s count, NaN where it has none). */
  static Reading read(ProcessHandle process) {
    double total = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
    return new Reading(total, of(process.pid()));
  }

  /** Milliseconds of CPU by thread kind of process {@code pid}; empty where there is no /proc. */
  static Map<String, Double> of(long pid) {
    Map<String, Double> byKind = new HashMap<>();
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    if (!Files.isDirectory(tasks)) {
      return byKind;
    }
    try (Stream<Path> threads = Files.list(tasks)) {
      threads.forEach(
          thread -> {
            try {
              String stat = Files.readString(thread.resolve("stat"));
              String name = Files.readString(thread.resolve("comm")).strip();
              byKind.merge(kind(name), ticks(stat) * MS_PER_TICK, Double::sum);
            } catch (IOException | RuntimeException e) {
              // the thread ended between the listing and the read
            }
          });
    } catch (IOException e) {
      return byKind;
    }
    return byKind;
  }

  /**
   * What each thread kind used between two readings, per unit of work (a conversation, a query),
   * largest first, at most {@code top} kinds; the rest summed as {@code other}.
   */
  static Map<String, Double> perUnit(
      Map<String, Double> before, Map<String, Double> after, long units, int top) {
    Map<String, Double> used = new HashMap<>();
    after.forEach(
        (kind, ms) -> {
          double delta = ms - before.getOrDefault(kind, 0.0);
          if (delta > 0) {
            used.put(kind, delta / units);
          }
        });
    Map<String, Double> largest = new LinkedHashMap<>();
    double[] other = {0};
    used.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .forEachOrdered(
            e -> {
              if (largest.size() < top) {
                largest.put(e.getKey(), e.getValue());
              } else {
                other[0] += e.getValue();
              }
            });
    if (other[0] > 0) {
      largest.put("other", other[0]);
    }
    return largest;
  }

  /** {@code embedder-12} → {@code embedder}, {@code GC Thread#3} → {@code GC Thread}. */
  static String kind(String name) {
    String kind = name.replaceFirst("[-#_ ]?\\d+$", "").strip();
    return kind.isEmpty() ? name : kind;
  }

  /**
   * User plus system ticks of a {@code stat} line (fields 14 and 15, after the name in brackets).
   */
  static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
    // fields[0] is the state (field 3), so utime (14) and stime (15) are 11 and 12
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
