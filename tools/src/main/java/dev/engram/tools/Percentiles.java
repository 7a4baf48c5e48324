package dev.engram.tools;

import java.util.Arrays;
import java.util.List;

/** Percentiles of measured values (nearest-rank). */
final class Percentiles {
  private final double[] sorted;

  Percentiles(List<Double> values) {
    sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  double at(double percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
  }

  double mean() {
    return Arrays.stream(sorted).average().orElse(Double.NaN);
  }
}
