package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Candidate;
import dev.engram.memory.testing.Memories;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The learned pair model decides only where the rules fell to their default, and only when it is
 * confident; the rules' own verdicts stand. Models written for the test (weights chosen by hand)
 * and sentences written for it, not taken from any evaluation set.
 */
class LearnedPairsTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final int N = PairFeatures.NAMES.size();

  /** A model whose only weights are on one feature, for one outcome, plus intercepts. */
  private static LearnedPairs model(
      String feature, Action outcome, double weight, double[] intercepts, double confidence) {
    double[] mean = new double[N];
    double[] scale = new double[N];
    Arrays.fill(scale, 1);
    double[][] w = new double[3][N + 1];
    for (int k = 0; k < 3; k++) {
      w[k][0] = intercepts[k];
    }
    w[LearnedPairs.OUTCOMES.indexOf(outcome)][PairFeatures.NAMES.indexOf(feature) + 1] = weight;
    return new LearnedPairs(PairFeatures.NAMES, mean, scale, w, confidence);
  }

  /** A model that says UPDATE for every pair, sure of it. */
  private static final LearnedPairs ALWAYS_UPDATE =
      model("cosine", Action.UPDATE, 0, new double[] {0, 10, 0}, 0.9);

  private static Action resolve(RuleResolver resolver, String existing, String incoming) {
    return resolver
        .resolve(incoming, List.of(new Candidate(Memories.memory("u", existing, NOW).build(), 0.7)))
        .action();
  }

  @Test
  void probabilitiesAreASoftmaxOfTheStandardizedScores() {
    LearnedPairs m = model("change_word", Action.UPDATE, 4, new double[] {1, -1, 0}, 0.8);
    double[] x = new double[N];
    double[] p = m.probabilities(x);
    assertThat(Arrays.stream(p).sum())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(p[0]).isGreaterThan(p[2]).isGreaterThan(p[1]);
    x[PairFeatures.NAMES.indexOf("change_word")] = 1;
    assertThat(m.probabilities(x)[1]).isGreaterThan(0.8);
  }

  @Test
  void decidesOnlyWhenConfident() {
    LearnedPairs m = model("change_word", Action.UPDATE, 4, new double[] {1, -1, 0}, 0.8);
    double[] x = new double[N];
    assertThat(m.decide(x)).isEmpty();
    x[PairFeatures.NAMES.indexOf("change_word")] = 1;
    assertThat(m.decide(x)).map(LearnedPairs.Call::action).contains(Action.UPDATE);
    LearnedPairs unsure = model("change_word", Action.UPDATE, 4, new double[] {1, -1, 0}, 0.99);
    assertThat(unsure.decide(x)).isEmpty();
  }

  @Test
  void neverDecidesToAdd() {
    LearnedPairs m = model("cosine", Action.ADD, 0, new double[] {10, 0, 0}, 0.5);
    assertThat(m.decide(new double[N])).isEmpty();
  }

  @Test
  void writtenModelReadsBack() throws IOException {
    LearnedPairs m = model("jaccard", Action.REINFORCE, 2.5, new double[] {0.5, -1, 0.25}, 0.85);
    LearnedPairs back = LearnedPairs.read(new BufferedReader(new StringReader(m.write())));
    assertThat(back.confidence()).isEqualTo(0.85);
    assertThat(back.features()).isEqualTo(PairFeatures.NAMES);
    for (int k = 0; k < 3; k++) {
      assertThat(back.weights()[k]).containsExactly(m.weights()[k]);
    }
  }

  @Test
  void aModelOfOtherFeaturesIsRefused() {
    String text =
        model("jaccard", Action.REINFORCE, 1, new double[] {0, 0, 0}, 0.9)
            .write()
            .replace("\tjaccard\t", "\tsomething_else\t");
    assertThatThrownBy(() -> LearnedPairs.read(new BufferedReader(new StringReader(text))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShippedModelReadsTheFeaturesOfTheRules() {
    LearnedPairs shipped = LearnedPairs.shipped();
    assertThat(shipped.features()).isEqualTo(PairFeatures.NAMES);
    assertThat(shipped.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
  }

  @Test
  void overrulesADefaultOfTheRules() {
    RuleResolver rules = new RuleResolver(Optional.empty());
    RuleResolver learned = new RuleResolver(Optional.of(ALWAYS_UPDATE));
    // no rule reads anything in common: the rules' default
    assertThat(resolve(rules, "User bakes sourdough bread", "User rides a horse on Sundays"))
        .isEqualTo(Action.ADD);
    assertThat(resolve(learned, "User bakes sourdough bread", "User rides a horse on Sundays"))
        .isEqualTo(Action.UPDATE);
  }

  @Test
  void leavesStatementsSaidInAContextToTheRules() {
    // two statements of one message are embedded with it: their cosine says little of their words
    RuleResolver learned = new RuleResolver(Optional.of(ALWAYS_UPDATE));
    String message = "I live in Lisbon and I work at a bakery.";
    Candidate withContext =
        new Candidate(
            Memories.memory("u", "User lives in Lisbon", NOW).context(message).build(), 0.9);
    assertThat(learned.resolve("User works at a bakery", message, List.of(withContext)).action())
        .isEqualTo(Action.ADD);
    Candidate plain = new Candidate(Memories.memory("u", "User lives in Lisbon", NOW).build(), 0.9);
    assertThat(learned.resolve("User works at a bakery", message, List.of(plain)).action())
        .isEqualTo(Action.ADD);
    assertThat(learned.resolve("User works at a bakery", null, List.of(withContext)).action())
        .isEqualTo(Action.ADD);
    // neither in a context: the model's to decide
    assertThat(learned.resolve("User works at a bakery", null, List.of(plain)).action())
        .isEqualTo(Action.UPDATE);
  }

  @Test
  void leavesTheRulesOwnVerdictsAlone() {
    RuleResolver learned = new RuleResolver(Optional.of(ALWAYS_UPDATE));
    // other people, by name
    assertThat(resolve(learned, "Anna is a teacher", "Maria is a teacher")).isEqualTo(Action.ADD);
    // an additive word
    assertThat(resolve(learned, "User speaks French", "User also speaks Italian"))
        .isEqualTo(Action.ADD);
    // two relatives
    assertThat(resolve(learned, "User's son plays tennis", "User's daughter plays golf"))
        .isEqualTo(Action.ADD);
    // two slots, by their prepositions ("works as" / "works at")
    assertThat(resolve(learned, "User works as a designer", "User works at a startup in Berlin"))
        .isEqualTo(Action.ADD);
    // a paraphrase the rules read
    assertThat(resolve(learned, "User lives in Oslo", "User lives in Oslo"))
        .isEqualTo(Action.REINFORCE);
  }

  @Test
  void saysWhereTheRulesDefaultWasOverruled() {
    RuleResolver learned = new RuleResolver(Optional.of(ALWAYS_UPDATE));
    String reason =
        learned
            .resolve(
                "User rides a horse on Sundays",
                List.of(
                    new Candidate(
                        Memories.memory("u", "User bakes sourdough bread", NOW).build(), 0.7)))
            .reason();
    assertThat(reason).startsWith("learned: supersedes").contains("where the rules found new:");
  }

  @Test
  void switchedOffTheRulesDecideAlone() {
    RuleResolver off =
        new RuleResolver(
            new EvolutionConfiguration(0.4, 5, EvolutionConfiguration.SLOT_FLOOR, false));
    assertThat(resolve(off, "User bakes sourdough bread", "User rides a horse on Sundays"))
        .isEqualTo(Action.ADD);
  }

  @Test
  void refusesWeightsOfTheWrongShape() {
    assertThatThrownBy(
            () ->
                new LearnedPairs(
                    PairFeatures.NAMES, new double[N], new double[N], new double[3][N], 0.9))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
