package dev.engram.memory.embed;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput and latency of {@link InProcessEmbedder}: 2,000 short sentences by one caller and by
 * two concurrent callers, for each intra-op thread count given as arguments (default {@code 1 2}).
 * Run with {@code -Dai.djl.offline=true --enable-native-access=ALL-UNNAMED}.
 */
final class EmbedderBench {
  private static final int SENTENCES = 2_000;
  private static final int ROUNDS = Integer.getInteger("rounds", 3);
  private static final String[] NAMES = {"Alice", "Bob", "Chen", "Dana", "Emeka", "Farah", "Goran"};
  private static final String[] VERBS = {"prefers", "dislikes", "often orders", "asked about"};
  private static final String[] THINGS = {
    "dark mode", "express shipping", "vegetarian meals", "window seats", "weekly reports",
    "green tea", "the premium plan", "morning meetings", "paper invoices", "jazz playlists"
  };
  private static final String[] PLACES = {"at work", "on weekends", "when travelling", "in winter"};

  private EmbedderBench() {}

  public static void main(String[] args) throws Exception {
    List<String> sentences = sentences();
    int[] intraOps =
        args.length == 0
            ? new int[] {1, 2}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(
        Locale.ROOT,
        "cores=%d sentences=%d%n",
        Runtime.getRuntime().availableProcessors(),
        SENTENCES);
    for (int intraOp : intraOps) {
      try (InProcessEmbedder embedder = new InProcessEmbedder(intraOp)) {
        run(embedder, sentences.subList(0, 300), 1); // warm-up
        for (int round = 1; round <= ROUNDS; round++) {
          String label = "intra-op=" + intraOp + " round=" + round;
          report(label + " callers=1", run(embedder, sentences, 1));
          report(label + " callers=2", run(embedder, sentences, 2));
          report(label + " embedAll ", runEmbedAll(embedder, sentences));
        }
      }
    }
  }

  /** Wall and CPU time of a run; latency percentiles of single calls, NaN when not measured. */
  private record Result(double seconds, double cpuSeconds, double p50Millis, double p95Millis) {}

  private static Result run(InProcessEmbedder embedder, List<String> sentences, int callers)
      throws Exception {
    List<Callable<long[]>> work = new ArrayList<>();
    int share = sentences.size() / callers;
    for (int c = 0; c < callers; c++) {
      List<String> mine = sentences.subList(c * share, (c + 1) * share);
      work.add(
          () -> {
            long[] latencies = new long[mine.size()];
            for (int i = 0; i < mine.size(); i++) {
              long start = System.nanoTime();
              embedder.embed(mine.get(i));
              latencies[i] = System.nanoTime() - start;
            }
            return latencies;
          });
    }
    long cpu = cpuNanos();
    long start = System.nanoTime();
    List<long[]> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
      for (Future<long[]> future : pool.invokeAll(work)) {
        results.add(future.get());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = results.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(
        seconds,
        (cpuNanos() - cpu) / 1e9,
        all[all.length / 2] / 1e6,
        all[(int) (all.length * 0.95)] / 1e6);
  }

  private static Result runEmbedAll(InProcessEmbedder embedder, List<String> sentences) {
    long cpu = cpuNanos();
    long start = System.nanoTime();
    embedder.embedAll(sentences);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(seconds, (cpuNanos() - cpu) / 1e9, Double.NaN, Double.NaN);
  }

  private static void report(String label, Result result) {
    String latency =
        Double.isNaN(result.p50Millis())
            ? ""
            : String.format(
                Locale.ROOT, " p50=%.2fms p95=%.2fms", result.p50Millis(), result.p95Millis());
    System.out.printf(
        Locale.ROOT,
        "%s: %.0f sentences/s%s cpu=%.2fs (%.2f ms cpu/sentence)%n",
        label,
        SENTENCES / result.seconds(),
        latency,
        result.cpuSeconds(),
        result.cpuSeconds() * 1000 / SENTENCES);
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static List<String> sentences() {
    List<String> sentences = new ArrayList<>(SENTENCES);
    for (int i = 0; sentences.size() < SENTENCES; i++) {
      sentences.add(
          NAMES[i % NAMES.length]
              + " "
              + VERBS[(i / 7) % VERBS.length]
              + " "
              + THINGS[(i / 3) % THINGS.length]
              + " "
              + PLACES[(i / 11) % PLACES.length]
              + " (note "
              + i
              + ")");
    }
    return sentences;
  }
}
