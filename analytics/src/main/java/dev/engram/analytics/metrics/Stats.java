package dev.engram.analytics.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/** The statistics behind trends, insights and forecasts; each documented in README § Analytics. */
public final class Stats {
  /**
   * A day is an anomaly when its detrended robust z is above this in absolute value. Iglewicz and
   * Hoaglin's 3.5 assumes a large sample; against 14–28 days the MAD is a noisy scale estimate and
   * 3.5 flagged about 1 % of normal days, so the cut-off is 5.
   */
  public static final double ANOMALY_THRESHOLD = 5.0;

  /** Days of history an anomaly is judged against (the day itself excluded). */
  public static final int BASELINE_DAYS = 28;

  /** The fewest baseline days with data before anomalies are looked for. */
  public static final int MIN_BASELINE = 14;

  private Stats() {}

  /** Least-squares slope of y over x = 0, 1, 2, … (null entries skipped); NaN below two points. */
  public static double slope(List<Double> ys) {
    SimpleRegression regression = new SimpleRegression();
    for (int i = 0; i < ys.size(); i++) {
      if (ys.get(i) != null) {
        regression.addData(i, ys.get(i));
      }
    }
    return regression.getN() < 2 ? Double.NaN : regression.getSlope();
  }

  /**
   * Robust z-score of {@code x} against a baseline: {@code 0.6745 × (x − median) / MAD}. When the
   * MAD is 0 (more than half the baseline equal), the mean absolute deviation × 1.2533 stands in
   * for it; when that is 0 too, 0 is returned unless x differs from the median (then ±infinity).
   */
  public static double robustZ(double x, double[] baseline) {
    double median = median(baseline);
    double[] deviations = new double[baseline.length];
    for (int i = 0; i < baseline.length; i++) {
      deviations[i] = Math.abs(baseline[i] - median);
    }
    double mad = median(deviations);
    if (mad > 0) {
      return 0.6745 * (x - median) / mad;
    }
    double meanAd = Arrays.stream(deviations).average().orElse(0);
    if (meanAd > 0) {
      return (x - median) / (1.2533 * meanAd);
    }
    return x == median ? 0 : Math.copySign(Double.POSITIVE_INFINITY, x - median);
  }

  public static double median(double[] values) {
    return values.length == 0 ? Double.NaN : new Median().evaluate(values);
  }

  /** The days of a daily series whose detrended robust z-score is above the threshold. */
  public static List<Integer> anomalies(double[] series) {
    List<Integer> days = new ArrayList<>();
    for (int i = MIN_BASELINE; i < series.length; i++) {
      if (Math.abs(detrendedZ(series, i)) > ANOMALY_THRESHOLD) {
        days.add(i);
      }
    }
    return days;
  }

  /** The value day {@code i} was expected to have: the baseline's trend line extended to it. */
  public static double expected(double[] series, int i) {
    double[] baseline = Arrays.copyOfRange(series, Math.max(0, i - BASELINE_DAYS), i);
    double[] line = line(baseline);
    double[] residuals = residuals(baseline, line);
    return line[0] + line[1] * baseline.length + median(residuals);
  }

  /**
   * The robust z-score of day {@code i} against the up to {@code BASELINE_DAYS} days before it,
   * after removing their least-squares trend line: {@code robustZ(x − trend(i), residuals)}. The
   * trend keeps a steadily growing series from looking anomalous against its own past.
   */
  public static double detrendedZ(double[] series, int i) {
    double[] baseline = Arrays.copyOfRange(series, Math.max(0, i - BASELINE_DAYS), i);
    double[] line = line(baseline);
    double[] residuals = residuals(baseline, line);
    return robustZ(series[i] - (line[0] + line[1] * baseline.length), residuals);
  }

  private static double[] line(double[] ys) {
    SimpleRegression regression = new SimpleRegression();
    for (int j = 0; j < ys.length; j++) {
      regression.addData(j, ys[j]);
    }
    return ys.length < 2
        ? new double[] {ys.length == 0 ? 0 : ys[0], 0}
        : new double[] {regression.getIntercept(), regression.getSlope()};
  }

  private static double[] residuals(double[] ys, double[] line) {
    double[] residuals = new double[ys.length];
    for (int j = 0; j < ys.length; j++) {
      residuals[j] = ys[j] - (line[0] + line[1] * j);
    }
    return residuals;
  }

  /** A Holt forecast: the next values, the fitted parameters and the back-test error. */
  public record Forecast(
      double[] next,
      double alpha,
      double beta,
      double backtestMae,
      double backtestMape,
      int holdout) {}

  /**
   * Holt's linear (double exponential) smoothing. α and β are chosen on a 0.1 grid by the smallest
   * one-step-ahead squared error over the series without its last {@code holdout} points; the
   * back-test forecasts those held-out points from the rest and reports the mean absolute error and
   * the mean absolute percentage error (over non-zero actuals). Needs at least 4 points.
   */
  public static Forecast holt(double[] series, int horizon) {
    int holdout = Math.max(1, Math.min(7, series.length / 4));
    double[] train = Arrays.copyOf(series, series.length - holdout);
    double bestAlpha = 0.5;
    double bestBeta = 0.1;
    double bestError = Double.POSITIVE_INFINITY;
    for (int a = 1; a <= 9; a++) {
      for (int b = 1; b <= 9; b++) {
        double error = oneStepError(train, a / 10.0, b / 10.0);
        if (error < bestError) {
          bestError = error;
          bestAlpha = a / 10.0;
          bestBeta = b / 10.0;
        }
      }
    }
    double[] backtest = project(train, bestAlpha, bestBeta, holdout);
    double mae = 0;
    double mape = 0;
    int nonZero = 0;
    for (int i = 0; i < holdout; i++) {
      double actual = series[train.length + i];
      mae += Math.abs(actual - backtest[i]);
      if (actual != 0) {
        mape += Math.abs((actual - backtest[i]) / actual);
        nonZero++;
      }
    }
    return new Forecast(
        project(series, bestAlpha, bestBeta, horizon),
        bestAlpha,
        bestBeta,
        mae / holdout,
        nonZero == 0 ? Double.NaN : mape / nonZero,
        holdout);
  }

  private static double oneStepError(double[] y, double alpha, double beta) {
    if (y.length < 3) {
      return 0;
    }
    double level = y[0];
    double trend = y[1] - y[0];
    double error = 0;
    for (int i = 1; i < y.length; i++) {
      double predicted = level + trend;
      error += (y[i] - predicted) * (y[i] - predicted);
      double previousLevel = level;
      level = alpha * y[i] + (1 - alpha) * (level + trend);
      trend = beta * (level - previousLevel) + (1 - beta) * trend;
    }
    return error;
  }

  private static double[] project(double[] y, double alpha, double beta, int horizon) {
    double level = y[0];
    double trend = y.length > 1 ? y[1] - y[0] : 0;
    for (int i = 1; i < y.length; i++) {
      double previousLevel = level;
      level = alpha * y[i] + (1 - alpha) * (level + trend);
      trend = beta * (level - previousLevel) + (1 - beta) * trend;
    }
    double[] next = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      next[h - 1] = level + h * trend;
    }
    return next;
  }
}
