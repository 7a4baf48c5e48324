package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.index.IndexHit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FusionTest {
  @Test
  void firstInBothListsScoresOneAndOnlyRanksCount() {
    Map<String, Double> cosine = Map.of("meaning", 0.8, "both", 0.9, "word", 0.1);
    Map<String, Double> keyword = Map.of("both", 1.0, "word", 0.9);

    Map<String, Double> fused = Fusion.reciprocalRanks(cosine, keyword);

    assertThat(fused.get("both")).isCloseTo(1.0, within(1e-9));
    assertThat(fused.get("meaning")).isLessThan(fused.get("both"));
    assertThat(fused.get("word"))
        .as("second by keywords and third by meaning beats second by meaning alone")
        .isGreaterThan(fused.get("meaning"));
    assertThat(fused.get("meaning")).isCloseTo((1.0 / 62) / (2.0 / 61), within(1e-9));
    assertThat(fused).containsOnlyKeys("meaning", "both", "word");
  }

  @Test
  void withoutKeywordsTheOrderIsTheVectorOrder() {
    Map<String, Double> fused =
        Fusion.reciprocalRanks(Map.of("a", 0.9, "b", 0.5, "c", 0.7), Map.of());

    assertThat(fused.get("a")).isGreaterThan(fused.get("c"));
    assertThat(fused.get("c")).isGreaterThan(fused.get("b"));
  }

  @Test
  void keywordScoresAreReadAgainstAFullMatchTimesTheQuerysCoverage() {
    List<IndexHit> hits = List.of(new IndexHit("common word", 0.4f), new IndexHit("other", 0.2f));

    Map<String, Double> againstFull = MemorySearch.normalized(hits, OptionalDouble.of(2.0));
    assertThat(againstFull.get("common word"))
        .as("matched a fifth of what the whole query scores, and the best hit covers a fifth")
        .isCloseTo(0.2 * 0.2, within(1e-6));
    assertThat(againstFull.get("other")).isCloseTo(0.1 * 0.2, within(1e-6));

    Map<String, Double> whole = MemorySearch.normalized(hits, OptionalDouble.of(0.4));
    assertThat(whole.get("common word")).as("a full match").isCloseTo(1.0, within(1e-6));
    assertThat(whole.get("other")).isCloseTo(0.5, within(1e-6));

    Map<String, Double> againstBest = MemorySearch.normalized(hits, OptionalDouble.empty());
    assertThat(againstBest.get("common word")).as("scale unknown").isCloseTo(1.0, within(1e-6));
    assertThat(againstBest.get("other")).isCloseTo(0.5, within(1e-6));

    assertThat(MemorySearch.normalized(hits, OptionalDouble.of(0.1)).get("common word"))
        .as("a hit above the full match (a short document, a repeated term) caps the scale")
        .isCloseTo(1.0, within(1e-6));
    assertThat(MemorySearch.normalized(List.of(), OptionalDouble.of(2.0))).isEmpty();
  }
}
