package dev.engram.memory.evolve;

import dev.engram.memory.evolve.Resolver.Action;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A small learned model for the pairs the rules leave to their default (added, though a candidate
 * was in view): a multinomial logistic regression over {@link PairFeatures}, trained on the read
 * evolution sets and on pairs of one speaker's facts from LoCoMo conversations (nearly all
 * distinct), shipped as {@value #RESOURCE} beside this class and rebuilt by {@code
 * LearnedPairsTraining} (test scope). It may turn such a default into a supersession or a
 * reinforcement only when it gives that outcome at least {@link #confidence} probability; the
 * rules' own verdicts (a retraction, other people, an additive word, …) are never its to change.
 *
 * @param features the feature names the weights were trained on, in order ({@link
 *     PairFeatures#NAMES})
 * @param mean each feature's mean over the training pairs
 * @param scale each feature's standard deviation over the training pairs (1 when constant)
 * @param weights one row per outcome of {@link #OUTCOMES}: the intercept, then one weight per
 *     standardized feature
 * @param confidence the lowest probability of an outcome other than adding for it to be taken
 */
record LearnedPairs(
    List<String> features, double[] mean, double[] scale, double[][] weights, double confidence) {

  /** The file the shipped model is read from, next to this class. */
  static final String RESOURCE = "learned-pairs.tsv";

  /** The outcomes, in the order of the weights' rows. */
  static final List<Action> OUTCOMES = List.of(Action.ADD, Action.UPDATE, Action.REINFORCE);

  LearnedPairs {
    features = List.copyOf(features);
    Objects.requireNonNull(mean, "mean is null");
    Objects.requireNonNull(scale, "scale is null");
    Objects.requireNonNull(weights, "weights is null");
    if (mean.length != features.size() || scale.length != features.size()) {
      throw new IllegalArgumentException("one mean and one scale per feature");
    }
    if (weights.length != OUTCOMES.size()) {
      throw new IllegalArgumentException("one row of weights per outcome");
    }
    for (double[] row : weights) {
      if (row.length != features.size() + 1) {
        throw new IllegalArgumentException("an intercept and one weight per feature in each row");
      }
    }
  }

  /** The shipped model, read once. */
  static LearnedPairs shipped() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final LearnedPairs MODEL = load();

    private static LearnedPairs load() {
      try (InputStream in = LearnedPairs.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing");
        }
        return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The probability of each outcome of {@link #OUTCOMES} for a pair's features. */
  double[] probabilities(double[] x) {
    if (x.length != features.size()) {
      throw new IllegalArgumentException(
          "expected " + features.size() + " features, got " + x.length);
    }
    double[] scores = new double[weights.length];
    for (int k = 0; k < weights.length; k++) {
      double s = weights[k][0];
      for (int j = 0; j < x.length; j++) {
        s += weights[k][j + 1] * (x[j] - mean[j]) / scale[j];
      }
      scores[k] = s;
    }
    return softmax(scores);
  }

  /**
   * The outcome the model is confident of for a pair the rules would add: a supersession or a
   * reinforcement with at least {@link #confidence} probability, else none (the pair stays added).
   */
  Optional<Call> decide(double[] x) {
    double[] p = probabilities(x);
    for (int k = 1; k < p.length; k++) {
      if (p[k] >= confidence) {
        return Optional.of(new Call(OUTCOMES.get(k), p[k]));
      }
    }
    return Optional.empty();
  }

  /** An outcome the model is confident of, with its probability. */
  record Call(Action action, double probability) {}

  static double[] softmax(double[] scores) {
    double max = Arrays.stream(scores).max().orElse(0);
    double[] p = new double[scores.length];
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      p[k] = Math.exp(scores[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /**
   * The model as the shipped file writes it: lines of tab-separated fields, "#" comments; {@code
   * confidence}, {@code features}, {@code mean}, {@code scale}, then one {@code weights} line per
   * outcome (its name, the intercept, the weights).
   */
  String write() {
    StringBuilder b = new StringBuilder();
    b.append(
        "# multinomial logistic regression over PairFeatures; rebuilt by LearnedPairsTraining\n");
    b.append("confidence\t").append(confidence).append('\n');
    b.append("features\t").append(String.join("\t", features)).append('\n');
    b.append("mean").append(row(mean)).append('\n');
    b.append("scale").append(row(scale)).append('\n');
    for (int k = 0; k < OUTCOMES.size(); k++) {
      b.append("weights\t").append(OUTCOMES.get(k)).append(row(weights[k])).append('\n');
    }
    return b.toString();
  }

  private static String row(double[] values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append('\t').append(v);
    }
    return b.toString();
  }

  /** Reads what {@link #write} wrote. */
  static LearnedPairs read(BufferedReader in) throws IOException {
    double confidence = Double.NaN;
    List<String> features = null;
    double[] mean = null;
    double[] scale = null;
    List<double[]> weights = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      switch (f[0]) {
        case "confidence" -> confidence = Double.parseDouble(f[1]);
        case "features" -> features = List.of(Arrays.copyOfRange(f, 1, f.length));
        case "mean" -> mean = numbers(f, 1);
        case "scale" -> scale = numbers(f, 1);
        case "weights" -> {
          if (!f[1].equals(OUTCOMES.get(weights.size()).name())) {
            throw new IllegalArgumentException("weights out of order: " + f[1]);
          }
          weights.add(numbers(f, 2));
        }
        default -> throw new IllegalArgumentException("unknown line: " + f[0]);
      }
    }
    if (features == null || !features.equals(PairFeatures.NAMES)) {
      throw new IllegalArgumentException("the model's features are not PairFeatures.NAMES");
    }
    return new LearnedPairs(features, mean, scale, weights.toArray(double[][]::new), confidence);
  }

  private static double[] numbers(String[] fields, int from) {
    return Arrays.stream(fields, from, fields.length).mapToDouble(Double::parseDouble).toArray();
  }
}
