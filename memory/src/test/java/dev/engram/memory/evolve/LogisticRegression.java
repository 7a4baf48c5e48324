package dev.engram.memory.evolve;

import java.util.List;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * Fits a multinomial logistic regression with an L2 penalty and weighted examples, by
 * commons-math's non-linear conjugate gradient (deterministic: no random start, no sampling).
 * Features are standardized by their weighted mean and standard deviation; the intercepts are not
 * penalized.
 */
final class LogisticRegression {
  private static final int MAX_ITERATIONS = 400;

  private LogisticRegression() {}

  /**
   * One training example.
   *
   * @param x the features
   * @param outcome the index of its outcome in {@link LearnedPairs#OUTCOMES}
   * @param weight how much it counts
   */
  record Example(double[] x, int outcome, double weight) {}

  /** The fitted model, with {@code confidence} as its threshold. */
  static LearnedPairs fit(List<Example> examples, double penalty, double confidence) {
    int n = PairFeatures.NAMES.size();
    int k = LearnedPairs.OUTCOMES.size();
    double total = examples.stream().mapToDouble(Example::weight).sum();
    double[] mean = new double[n];
    double[] scale = new double[n];
    for (Example e : examples) {
      for (int j = 0; j < n; j++) {
        mean[j] += e.weight() * e.x()[j] / total;
      }
    }
    for (Example e : examples) {
      for (int j = 0; j < n; j++) {
        double d = e.x()[j] - mean[j];
        scale[j] += e.weight() * d * d / total;
      }
    }
    for (int j = 0; j < n; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
    double[][] z = new double[examples.size()][];
    for (int i = 0; i < z.length; i++) {
      z[i] = new double[n];
      for (int j = 0; j < n; j++) {
        z[i][j] = (examples.get(i).x()[j] - mean[j]) / scale[j];
      }
    }
    Loss loss = new Loss(examples, z, total, penalty, k, n);
    NonLinearConjugateGradientOptimizer optimizer =
        new NonLinearConjugateGradientOptimizer(
            NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
            new SimpleValueChecker(1e-9, 1e-12, MAX_ITERATIONS));
    PointValuePair best =
        optimizer.optimize(
            new MaxEval(100 * MAX_ITERATIONS),
            new MaxIter(MAX_ITERATIONS + 1),
            new ObjectiveFunction(loss::value),
            new ObjectiveFunctionGradient(loss::gradient),
            GoalType.MINIMIZE,
            new InitialGuess(new double[k * (n + 1)]));
    double[] theta = best.getPoint();
    double[][] weights = new double[k][n + 1];
    for (int c = 0; c < k; c++) {
      System.arraycopy(theta, c * (n + 1), weights[c], 0, n + 1);
    }
    return new LearnedPairs(PairFeatures.NAMES, mean, scale, weights, confidence);
  }

  /** The mean weighted negative log-likelihood and its gradient, plus the penalty. */
  private record Loss(
      List<Example> examples, double[][] z, double total, double penalty, int k, int n) {

    double value(double[] theta) {
      double sum = 0;
      for (int i = 0; i < z.length; i++) {
        double[] p = probabilities(theta, z[i]);
        sum -= examples.get(i).weight() * Math.log(Math.max(p[examples.get(i).outcome()], 1e-300));
      }
      return sum / total + penalty / 2 * squares(theta);
    }

    double[] gradient(double[] theta) {
      double[] g = new double[theta.length];
      for (int i = 0; i < z.length; i++) {
        double[] p = probabilities(theta, z[i]);
        double w = examples.get(i).weight() / total;
        for (int c = 0; c < k; c++) {
          double r = w * (p[c] - (c == examples.get(i).outcome() ? 1 : 0));
          int o = c * (n + 1);
          g[o] += r;
          for (int j = 0; j < n; j++) {
            g[o + j + 1] += r * z[i][j];
          }
        }
      }
      for (int c = 0; c < k; c++) {
        for (int j = 1; j <= n; j++) {
          g[c * (n + 1) + j] += penalty * theta[c * (n + 1) + j];
        }
      }
      return g;
    }

    private double[] probabilities(double[] theta, double[] x) {
      double[] s = new double[k];
      for (int c = 0; c < k; c++) {
        int o = c * (n + 1);
        double v = theta[o];
        for (int j = 0; j < n; j++) {
          v += theta[o + j + 1] * x[j];
        }
        s[c] = v;
      }
      return LearnedPairs.softmax(s);
    }

    private double squares(double[] theta) {
      double sum = 0;
      for (int c = 0; c < k; c++) {
        for (int j = 1; j <= n; j++) {
          sum += theta[c * (n + 1) + j] * theta[c * (n + 1) + j];
        }
      }
      return sum;
    }
  }
}
