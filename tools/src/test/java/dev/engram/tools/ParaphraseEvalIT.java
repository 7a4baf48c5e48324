package dev.engram.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paraphrase evaluation end to end on the bundled sets (MiniLM, Lucene, H2), one user with a
 * few distractors: the default fusion keeps close to vectors alone on questions in other words,
 * ranks their facts no lower than without its keyword floor or without its rule for a match on one
 * word of a longer query (at this size the two overlap: either alone gives the same ranks) or
 * without its coverage floor (no keyword share when no hit matched much of the query), and stays
 * above the fusion that reads keyword scores against the best hit.
 */
class ParaphraseEvalIT {
  @TempDir Path home;

  @Test
  void defaultFusionLeavesRewordedQuestionsToMeaning() throws Exception {
    List<ParaphraseEval.Row> rows;
    try (ApplicationContext context = ToolContext.start(home)) {
      rows = ParaphraseEval.run(context, ParaphraseEval.bundled(), 1, 100, 13, false);
    }

    for (String set : List.of("paraphrase-a", "paraphrase-b")) {
      double vector = hitAt10(rows, set, "vector");
      double weighted = hitAt10(rows, set, "hybrid (WEIGHTED ");
      double best = hitAt10(rows, set, "hybrid (WEIGHTED_BEST ");
      double mrr =
          row(rows, set, "hybrid (WEIGHTED 0.5 floor 0.15 min-terms 2 coverage-floor 0.2)").mrr();
      double mrrWithoutFloor =
          row(rows, set, "hybrid (WEIGHTED 0.5 min-terms 2 coverage-floor 0.2)").mrr();
      double mrrWithoutMinTerms =
          row(rows, set, "hybrid (WEIGHTED 0.5 floor 0.15 coverage-floor 0.2)").mrr();
      double mrrWithoutCoverageFloor =
          row(rows, set, "hybrid (WEIGHTED 0.5 floor 0.15 min-terms 2)").mrr();
      assertThat(hitAt10(rows, set, "bm25")).as(set).isLessThan(0.3);
      assertThat(vector).as(set).isGreaterThan(0.7);
      assertThat(weighted).as(set).isGreaterThanOrEqualTo(vector - 0.05).isGreaterThan(best);
      assertThat(mrr)
          .as(set + ": MRR with the keyword floor")
          .isGreaterThanOrEqualTo(mrrWithoutFloor);
      assertThat(mrr)
          .as(set + ": MRR with the one-word rule")
          .isGreaterThanOrEqualTo(mrrWithoutMinTerms);
      assertThat(mrr)
          .as(set + ": MRR with the coverage floor")
          .isGreaterThanOrEqualTo(mrrWithoutCoverageFloor);
    }
  }

  private static ParaphraseEval.Row row(List<ParaphraseEval.Row> rows, String set, String signal) {
    return rows.stream()
        .filter(r -> r.set().equals(set) && r.signal().equals(signal))
        .findFirst()
        .orElseThrow();
  }

  private static double hitAt10(List<ParaphraseEval.Row> rows, String set, String signal) {
    return rows.stream()
        .filter(r -> r.set().equals(set) && r.signal().startsWith(signal))
        .filter(
            r -> !signal.equals("hybrid (WEIGHTED") || !r.signal().startsWith("hybrid (WEIGHTED_"))
        .findFirst()
        .orElseThrow()
        .hitAt10();
  }
}
