package dev.engram.analytics.store;

/**
 * Log-spaced latency buckets: bucket {@code b} holds latencies up to {@code 0.1 ms × 1.25^b} (about
 * 12 % apart), so a percentile read from the buckets is within one bucket width of the exact one.
 * Bucket 0 holds everything up to 0.1 ms; the last (80) everything above ~5.5 minutes.
 */
public final class LatencyBuckets {
  static final double BASE_MS = 0.1;
  static final double GROWTH = 1.25;
  static final int LAST = 80;

  private LatencyBuckets() {}

  static int bucket(double millis) {
    if (millis <= BASE_MS) {
      return 0;
    }
    int b = (int) Math.ceil(Math.log(millis / BASE_MS) / Math.log(GROWTH));
    return Math.min(b, LAST);
  }

  /** The upper bound of the bucket in milliseconds. */
  public static double upperMs(int bucket) {
    return BASE_MS * Math.pow(GROWTH, bucket);
  }
}
