package dev.engram.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The statistics on synthetic data with known answers. */
class StatsTest {
  @Test
  void slopeOfALineIsItsGradient() {
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ys.add(i % 3 == 0 ? null : 0.5 + 0.01 * i);
    }
    assertThat(Stats.slope(ys)).isCloseTo(0.01, within(1e-9));
    assertThat(Stats.slope(List.of(1.0))).isNaN();
  }

  @Test
  void robustZFlagsASpikeOnAFlatSeriesAndNotTheNoise() {
    double[] flat = new double[28];
    java.util.Arrays.fill(flat, 100);
    assertThat(Stats.robustZ(100, flat)).isZero();
    assertThat(Math.abs(Stats.robustZ(400, flat))).isGreaterThan(Stats.ANOMALY_THRESHOLD);
    double[] noisy = {98, 102, 100, 97, 103, 101, 99, 100, 104, 96};
    assertThat(Math.abs(Stats.robustZ(103, noisy))).isLessThan(Stats.ANOMALY_THRESHOLD);
    assertThat(Stats.robustZ(160, noisy)).isGreaterThan(Stats.ANOMALY_THRESHOLD);
    assertThat(Stats.robustZ(40, noisy)).isLessThan(-Stats.ANOMALY_THRESHOLD);
  }

  /**
   * 200 synthetic daily series (90 days: level, weekly seasonality, trend, Gaussian noise), each
   * with 3 injected anomalies of ±(6..12) noise standard deviations on random days after the first
   * week. Precision and recall of the detector are printed (README § Analytics quotes them) and
   * must stay at least 0.9.
   */
  @Test
  void detectsInjectedAnomaliesWithHighPrecisionAndRecall() {
    Random random = new Random(42);
    int truePositives = 0;
    int falsePositives = 0;
    int injected = 0;
    for (int s = 0; s < 200; s++) {
      double level = 50 + random.nextDouble() * 500;
      double sigma = level * (0.03 + random.nextDouble() * 0.05);
      double slope = (random.nextDouble() - 0.5) * level * 0.004;
      double[] series = new double[90];
      for (int d = 0; d < 90; d++) {
        series[d] = level + slope * d + random.nextGaussian() * sigma;
      }
      Set<Integer> days = new HashSet<>();
      while (days.size() < 3) {
        int day = Stats.MIN_BASELINE + random.nextInt(90 - Stats.MIN_BASELINE);
        if (days.stream().noneMatch(d -> Math.abs(d - day) < 3)) {
          days.add(day);
        }
      }
      for (int day : days) {
        double size = (6 + random.nextDouble() * 6) * sigma;
        series[day] += random.nextBoolean() ? size : -size;
      }
      injected += days.size();
      for (int found : Stats.anomalies(series)) {
        if (days.contains(found)) {
          truePositives++;
        } else {
          falsePositives++;
        }
      }
    }
    double precision = (double) truePositives / (truePositives + falsePositives);
    double recall = (double) truePositives / injected;
    System.out.printf(
        "anomaly detection: injected=%d found=%d false=%d precision=%.3f recall=%.3f%n",
        injected, truePositives, falsePositives, precision, recall);
    assertThat(precision).isGreaterThanOrEqualTo(0.9);
    assertThat(recall).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void holtForecastsALinearTrendWithASmallBacktestError() {
    double[] series = new double[60];
    for (int i = 0; i < series.length; i++) {
      series[i] = 10 + 2 * i;
    }
    Stats.Forecast forecast = Stats.holt(series, 7);
    assertThat(forecast.next()[0]).isCloseTo(130, within(0.5));
    assertThat(forecast.next()[6]).isCloseTo(142, within(1.0));
    assertThat(forecast.backtestMae()).isLessThan(1.0);
    assertThat(forecast.holdout()).isEqualTo(7);
  }

  @Test
  void percentileIsTheUpperBoundOfTheBucketReachingTheRank() {
    long[] histogram = new long[81];
    histogram[10] = 50;
    histogram[20] = 45;
    histogram[30] = 5;
    assertThat(MetricsService.percentile(histogram, 0.5))
        .isCloseTo(0.1 * Math.pow(1.25, 10), within(0.01));
    assertThat(MetricsService.percentile(histogram, 0.95))
        .isCloseTo(0.1 * Math.pow(1.25, 20), within(0.01));
    assertThat(MetricsService.percentile(new long[81], 0.5)).isNull();
  }
}
