package dev.engram.memory.index.lucene;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryType;
import dev.engram.memory.index.IndexConfiguration;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.IndexHit;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * Micro-benchmark of the Lucene index, not a test: {@code LuceneIndexBench [N] [users] [dims]}
 * builds an index of N random unit vectors (default 100000, 100 users, 384 dimensions) with short
 * random texts in a temporary directory, then prints user-filtered vector search latency, ANN
 * recall@10 against exact brute force, BM25 latency, build rate and disk size. Optional further
 * arguments: batch size (1000) and {@code engram.index.exact-search-up-to} (10000; 0 leaves the
 * choice to Lucene). Last line is machine-readable.
 */
public final class LuceneIndexBench {
  private static final int QUERIES = 1000;
  private static final int WARMUP = 300;
  private static final int K = 10;
  private static final String[] WORDS = words(2000);

  private LuceneIndexBench() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int dims = args.length > 2 ? Integer.parseInt(args[2]) : 384;
    int batchSize = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    int exactUpTo = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
    Path dir = Files.createTempDirectory("engram-index-bench");
    String app = "bench";
    float[][] vectors = new float[n][];
    String[] ids = new String[n];
    IndexConfiguration configuration =
        new IndexConfiguration(
            "lucene", dir.toString(), java.time.Duration.ofSeconds(5), 16, 100, exactUpTo);
    try {
      double buildSeconds = build(configuration, dir, app, n, users, dims, batchSize, vectors, ids);
      measure(configuration, dir, app, n, users, dims, buildSeconds, vectors, ids);
    } finally {
      IOUtils.rm(dir);
    }
  }

  /**
   * Indexes the documents in batches of the given size, commits and closes (waiting for merges).
   */
  private static double build(
      IndexConfiguration configuration,
      Path dir,
      String app,
      int n,
      int users,
      int dims,
      int batchSize,
      float[][] vectors,
      String[] ids) {
    SplittableRandom random = new SplittableRandom(42);
    Instant now = Instant.parse("2026-11-02T10:00:00Z");
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    try (LuceneMemoryIndex index = new LuceneMemoryIndex(configuration, dir)) {
      List<IndexDocument> batch = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        vectors[i] = unitVector(random, dims);
        ids[i] = "mem_" + i;
        Memory memory =
            Memory.builder()
                .id(ids[i])
                .userId("u" + (i % users))
                .type(MemoryType.SEMANTIC)
                .content(sentence(random, 12))
                .embedding(vectors[i], "random")
                .createdAt(now)
                .updatedAt(now)
                .build();
        batch.add(IndexDocument.of(memory));
        if (batch.size() == batchSize) {
          index.upsert(app, batch);
          batch.clear();
        }
      }
      index.upsert(app, batch);
      index.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "build process CPU time: %.1f s (wall %.1f s)%n",
        (processCpuNanos() - cpuStart) / 1e9,
        seconds);
    return seconds;
  }

  private static void measure(
      IndexConfiguration configuration,
      Path dir,
      String app,
      int n,
      int users,
      int dims,
      double buildSeconds,
      float[][] vectors,
      String[] ids)
      throws IOException {
    SplittableRandom random = new SplittableRandom(4242);
    try (LuceneMemoryIndex index = new LuceneMemoryIndex(configuration, dir)) {

      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      double[] vectorCpuMs = new double[QUERIES];
      double[] vectorMs = new double[QUERIES];
      double recallSum = 0;
      for (int q = -WARMUP; q < QUERIES; q++) {
        int user = random.nextInt(users);
        float[] query = unitVector(random, dims);
        MemoryFilter filter = MemoryFilter.user("u" + user);
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<IndexHit> hits = index.vectorSearch(app, query, filter, K);
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        if (q >= 0) {
          vectorMs[q] = (t1 - t0) / 1e6;
          vectorCpuMs[q] = (c1 - c0) / 1e6;
          recallSum += recall(hits, exactTopK(vectors, ids, query, user, users));
        }
      }
      double[] keywordMs = new double[QUERIES];
      double[] keywordCpuMs = new double[QUERIES];
      for (int q = -WARMUP; q < QUERIES; q++) {
        MemoryFilter filter = MemoryFilter.user("u" + random.nextInt(users));
        String text = sentence(random, 4);
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        index.keywordSearch(app, text, filter, K);
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        if (q >= 0) {
          keywordMs[q] = (t1 - t0) / 1e6;
          keywordCpuMs[q] = (c1 - c0) / 1e6;
        }
      }
      Arrays.sort(vectorMs);
      Arrays.sort(vectorCpuMs);
      Arrays.sort(keywordMs);
      Arrays.sort(keywordCpuMs);
      long bytes = size(dir);
      double recall = recallSum / QUERIES;
      System.out.printf(
          Locale.ROOT,
          "documents=%d users=%d dims=%d%n"
              + "build: %.1f s, %.0f docs/s%n"
              + "vector (user-filtered, k=%d): p50 %.3f ms, p95 %.3f ms, p99 %.3f ms%n"
              + "vector thread CPU time: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms%n"
              + "ann recall@%d vs brute force: %.4f%n"
              + "bm25 (user-filtered, k=%d): p50 %.3f ms, p95 %.3f ms, p99 %.3f ms%n"
              + "bm25 thread CPU time: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms%n"
              + "disk: %.1f MB%n",
          n,
          users,
          dims,
          buildSeconds,
          n / buildSeconds,
          K,
          pct(vectorMs, 50),
          pct(vectorMs, 95),
          pct(vectorMs, 99),
          pct(vectorCpuMs, 50),
          pct(vectorCpuMs, 95),
          pct(vectorCpuMs, 99),
          K,
          recall,
          K,
          pct(keywordMs, 50),
          pct(keywordMs, 95),
          pct(keywordMs, 99),
          pct(keywordCpuMs, 50),
          pct(keywordCpuMs, 95),
          pct(keywordCpuMs, 99),
          bytes / 1e6);
      System.out.printf(
          Locale.ROOT,
          "vector_p50_ms=%.3f vector_p95_ms=%.3f vector_p99_ms=%.3f ann_recall=%.4f"
              + " bm25_p95_ms=%.3f build_per_s=%.0f disk_mb=%.1f%n",
          pct(vectorMs, 50),
          pct(vectorMs, 95),
          pct(vectorMs, 99),
          recall,
          pct(keywordMs, 95),
          n / buildSeconds,
          bytes / 1e6);
    } finally {
      IOUtils.rm(dir);
    }
  }

  private static Set<String> exactTopK(
      float[][] vectors, String[] ids, float[] query, int user, int users) {
    return IntStream.iterate(user, i -> i < vectors.length, i -> i + users)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -dot(vectors[i], query)))
        .limit(K)
        .map(i -> ids[i])
        .collect(java.util.stream.Collectors.toSet());
  }

  private static double recall(List<IndexHit> hits, Set<String> exact) {
    Set<String> found = new HashSet<>();
    hits.forEach(hit -> found.add(hit.id()));
    found.retainAll(exact);
    return exact.isEmpty() ? 1 : (double) found.size() / exact.size();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Nearest-rank percentile of sorted values. */
  private static double pct(double[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static float[] unitVector(SplittableRandom random, int dims) {
    float[] v = new float[dims];
    double norm = 0;
    for (int i = 0; i < dims; i++) {
      v[i] = (float) gaussian(random);
      norm += v[i] * v[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < dims; i++) {
      v[i] *= scale;
    }
    return v;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      // Zipf-like: frequent words are frequent, as in conversation
      int w =
          (int) Math.min(WORDS.length - 1, Math.floor(Math.pow(WORDS.length, random.nextDouble())));
      text.append(i == 0 ? "" : " ").append(WORDS[w]);
    }
    return text.toString();
  }

  private static String[] words(int count) {
    SplittableRandom random = new SplittableRandom(7);
    String[] words = new String[count];
    for (int i = 0; i < count; i++) {
      StringBuilder word = new StringBuilder();
      int length = 3 + random.nextInt(6);
      for (int c = 0; c < length; c++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words[i] = word.toString();
    }
    return words;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(LuceneIndexBench::sizeOf).sum();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
