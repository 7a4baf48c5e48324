package dev.engram.memory.evolve;

import dev.engram.memory.embed.TestEmbedders;
import dev.engram.memory.evolve.Resolver.Action;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds the learned pair model ({@link LearnedPairs}) from the read evolution sets and a LoCoMo
 * file, and measures it. Not a test: a {@code main} run by hand from the module directory, with the
 * test class path.
 *
 * <ul>
 *   <li>{@code dump SETS.tsv [LOCOMO.json LOCOMO.tsv]}: the examples ({@link PairExample}) of the
 *       read sets and, given a LoCoMo file, of its pairs of one speaker's facts (embeds every text:
 *       slow).
 *   <li>{@code cv SETS.tsv LOCOMO.tsv}: leave-one-set-out cross-validation over the read sets (the
 *       LoCoMo pairs in every training fold), and leave-one-conversation-out firings on LoCoMo, for
 *       a few settings.
 *   <li>{@code train SETS.tsv LOCOMO.tsv OUT}: the model with the chosen settings, written to OUT.
 *   <li>{@code rebuild LOCOMO.json}: dump and train into the shipped resource, from the sources.
 * </ul>
 *
 * <p>Held-out sets are never read: {@link #HELD_OUT} and any file of session 23 or later named so.
 */
final class LearnedPairsTraining {
  private LearnedPairsTraining() {}

  /** Sets kept for measuring only: never read for training or cross-validation. */
  static final Set<String> HELD_OUT =
      Set.of(
          "evolution-probe-holdout-s20.json",
          "evolution-probe-holdout-s20b.json",
          "evolution-probe-holdout-s21.json",
          "evolution-probe-holdout-s21b.json",
          "evolution-probe-holdout-s22.json",
          "evolution-probe-holdout-s22b.json");

  /** The L2 penalty of the shipped model. */
  static final double PENALTY = 0.1;

  /** The probability of another outcome than adding for the shipped model to take it. */
  static final double CONFIDENCE = 0.8;

  /** The LoCoMo pairs' total weight, as a multiple of the read sets' examples. */
  static final double LOCOMO_WEIGHT = 3;

  /** LoCoMo pairs under this cosine are sampled (one in {@value #STRIDE}), those above all kept. */
  private static final double SAMPLED_BELOW = 0.7;

  private static final int STRIDE = 50;

  private static final Path SOURCES = Path.of("../tools/src/test/resources");
  private static final Path RESOURCE =
      Path.of("src/main/resources/dev/engram/memory/evolve", LearnedPairs.RESOURCE);

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "dump" -> dump(args);
      case "cv" ->
          crossValidate(PairExample.read(Path.of(args[1])), PairExample.read(Path.of(args[2])));
      case "train" -> {
        List<PairExample> sets = PairExample.read(Path.of(args[1]));
        List<PairExample> locomo = PairExample.read(Path.of(args[2]));
        LearnedPairs model =
            train(
                sets,
                locomo,
                Double.parseDouble(System.getProperty("penalty", String.valueOf(PENALTY))),
                Double.parseDouble(System.getProperty("confidence", String.valueOf(CONFIDENCE))),
                Double.parseDouble(System.getProperty("weight", String.valueOf(LOCOMO_WEIGHT))));
        Files.writeString(Path.of(args[3]), model.write());
        report(model, sets, locomo);
      }
      case "rebuild" -> {
        List<PairExample> sets;
        List<PairExample> locomo;
        try (TestEmbedders.Closeable embedder = TestEmbedders.miniLm()) {
          sets = PairExample.sets(readSets(), embedder);
          locomo = PairExample.locomo(Path.of(args[1]), embedder);
        }
        Files.writeString(
            RESOURCE, train(sets, locomo, PENALTY, CONFIDENCE, LOCOMO_WEIGHT).write());
      }
      default -> throw new IllegalArgumentException("dump, cv, train or rebuild: " + args[0]);
    }
  }

  /** The read sets: every evolution set and probe but the held-out ones, by name. */
  static List<Path> readSets() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(SOURCES.resolve("evolution"), SOURCES.resolve("probes"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(f -> f.getFileName().toString().endsWith(".json"))
            .filter(f -> !heldOut(f.getFileName().toString()))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  static boolean heldOut(String name) {
    return HELD_OUT.contains(name) || name.matches(".*-s(2[3-9]|[3-9]\\d)[a-z]?\\.json");
  }

  private static void dump(String[] args) throws IOException {
    try (TestEmbedders.Closeable embedder = TestEmbedders.miniLm()) {
      PairExample.write(PairExample.sets(readSets(), embedder), Path.of(args[1]));
      if (args.length > 3) {
        PairExample.write(PairExample.locomo(Path.of(args[2]), embedder), Path.of(args[3]));
      }
    }
  }

  /**
   * The model trained on the sets' examples the rules left to their default and on the LoCoMo pairs
   * (as distinct), weighted so that the LoCoMo pairs count {@code locomoWeight} times the sets'
   * examples in all.
   */
  static LearnedPairs train(
      List<PairExample> sets,
      List<PairExample> locomo,
      double penalty,
      double confidence,
      double locomoWeight) {
    List<LogisticRegression.Example> examples = new ArrayList<>();
    for (PairExample e : sets) {
      if (e.fallback()) {
        examples.add(
            new LogisticRegression.Example(
                e.features(), LearnedPairs.OUTCOMES.indexOf(e.expected()), 1));
      }
    }
    int defaults = examples.size();
    List<double[]> kept = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    for (int i = 0; i < locomo.size(); i++) {
      double[] x = locomo.get(i).features();
      if (x[0] >= SAMPLED_BELOW) {
        kept.add(x);
        counts.add(1.0);
      } else if (i % STRIDE == 0) {
        kept.add(x);
        counts.add((double) STRIDE);
      }
    }
    double represented = counts.stream().mapToDouble(Double::doubleValue).sum();
    double each = locomoWeight * defaults / Math.max(represented, 1);
    for (int i = 0; i < kept.size(); i++) {
      examples.add(new LogisticRegression.Example(kept.get(i), 0, each * counts.get(i)));
    }
    return LogisticRegression.fit(examples, penalty, confidence);
  }

  /** What the model changes, in the sets (right or wrong) and among the LoCoMo pairs. */
  private static void report(LearnedPairs model, List<PairExample> sets, List<PairExample> locomo) {
    for (int j = 0; j < PairFeatures.NAMES.size(); j++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < LearnedPairs.OUTCOMES.size(); k++) {
        b.append(String.format(Locale.ROOT, " %8.3f", model.weights()[k][j + 1]));
      }
      System.out.printf(Locale.ROOT, "WEIGHT %-26s%s%n", PairFeatures.NAMES.get(j), b);
    }
    for (PairExample e : sets) {
      Action a = decide(e, model);
      if (a != e.rules()) {
        System.out.printf(
            Locale.ROOT,
            "SET %s %s expected %s -> %s | %s | %s%n",
            a == e.expected() ? "GAIN" : "LOSS",
            e.group(),
            e.expected(),
            a,
            e.existing(),
            e.incoming());
      }
    }
    int fired = 0;
    for (PairExample e : locomo) {
      var call = model.decide(e.features());
      if (call.isPresent()) {
        fired++;
        System.out.printf(
            Locale.ROOT,
            "LOCOMO %s %.2f cos %.2f | %s | %s%n",
            call.get().action(),
            call.get().probability(),
            e.features()[0],
            e.existing(),
            e.incoming());
      }
    }
    System.out.printf(Locale.ROOT, "LOCOMO fired %d of %d%n", fired, locomo.size());
  }

  /** The outcome with the model over the rules' default. */
  static Action decide(PairExample e, LearnedPairs model) {
    if (!e.fallback()) {
      return e.rules();
    }
    return model.decide(e.features()).map(LearnedPairs.Call::action).orElse(e.rules());
  }

  private static void crossValidate(List<PairExample> sets, List<PairExample> locomo) {
    Set<String> groups = new TreeSet<>();
    sets.forEach(e -> groups.add(e.group()));
    Set<String> conversations = new TreeSet<>();
    locomo.forEach(e -> conversations.add(e.group()));
    System.out.printf(
        Locale.ROOT,
        "examples: %d pairs of %d sets (%d left to the default), %d LoCoMo pairs%n",
        sets.size(),
        groups.size(),
        sets.stream().filter(PairExample::fallback).count(),
        locomo.size());
    for (double penalty : grid("cv.penalty", "0.01,0.03,0.1")) {
      for (double weight : grid("cv.weight", "1,3")) {
        Map<String, LearnedPairs> folds = new LinkedHashMap<>();
        for (String g : groups) {
          folds.put(
              g,
              train(
                  sets.stream().filter(e -> !e.group().equals(g)).toList(),
                  locomo,
                  penalty,
                  1,
                  weight));
        }
        Map<String, LearnedPairs> byConversation = new LinkedHashMap<>();
        for (String c : conversations) {
          byConversation.put(
              c,
              train(
                  sets,
                  locomo.stream().filter(e -> !e.group().equals(c)).toList(),
                  penalty,
                  1,
                  weight));
        }
        for (double confidence : new double[] {0.5, 0.6, 0.7, 0.8, 0.9, 0.95}) {
          int rules = 0;
          int after = 0;
          int gained = 0;
          int lost = 0;
          StringBuilder perFold = new StringBuilder();
          for (String g : groups) {
            LearnedPairs m = withConfidence(folds.get(g), confidence);
            int r = 0;
            int a = 0;
            int n = 0;
            for (PairExample e : sets) {
              if (!e.group().equals(g)) {
                continue;
              }
              n++;
              boolean before = e.rules() == e.expected();
              boolean now = decide(e, m) == e.expected();
              r += before ? 1 : 0;
              a += now ? 1 : 0;
              gained += !before && now ? 1 : 0;
              lost += before && !now ? 1 : 0;
            }
            rules += r;
            after += a;
            perFold.append(String.format(Locale.ROOT, "  %s %d/%d -> %d/%d%n", g, r, n, a, n));
          }
          int fired = 0;
          for (PairExample e : locomo) {
            if (withConfidence(byConversation.get(e.group()), confidence)
                .decide(e.features())
                .isPresent()) {
              fired++;
            }
          }
          System.out.printf(
              Locale.ROOT,
              "penalty %.3f locomo-weight %.1f confidence %.2f: rules %d, with model %d (+%d -%d)"
                  + " of %d; LoCoMo fired (other conversations' model) %d of %d%n",
              penalty,
              weight,
              confidence,
              rules,
              after,
              gained,
              lost,
              sets.size(),
              fired,
              locomo.size());
          if (Boolean.getBoolean("folds")) {
            System.out.print(perFold);
          }
        }
      }
    }
  }

  /**
   * The values of a setting to try: a system property's comma-separated list, else {@code given}.
   */
  private static double[] grid(String property, String given) {
    return java.util.Arrays.stream(System.getProperty(property, given).split(","))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  private static LearnedPairs withConfidence(LearnedPairs m, double confidence) {
    return new LearnedPairs(m.features(), m.mean(), m.scale(), m.weights(), confidence);
  }
}
