package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.index.IndexHit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
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

    Map<String, Double> againstFull = MemorySearch.normalized(hits, OptionalDouble.of(2.0), 0);
    assertThat(againstFull.get("common word"))
        .as("matched a fifth of what the whole query scores, and the best hit covers a fifth")
        .isCloseTo(0.2 * 0.2, within(1e-6));
    assertThat(againstFull.get("other")).isCloseTo(0.1 * 0.2, within(1e-6));

    Map<String, Double> whole = MemorySearch.normalized(hits, OptionalDouble.of(0.4), 0);
    assertThat(whole.get("common word")).as("a full match").isCloseTo(1.0, within(1e-6));
    assertThat(whole.get("other")).isCloseTo(0.5, within(1e-6));

    Map<String, Double> againstBest = MemorySearch.normalized(hits, OptionalDouble.empty(), 0);
    assertThat(againstBest.get("common word")).as("scale unknown").isCloseTo(1.0, within(1e-6));
    assertThat(againstBest.get("other")).isCloseTo(0.5, within(1e-6));

    assertThat(MemorySearch.normalized(hits, OptionalDouble.of(0.1), 0).get("common word"))
        .as("a hit above the full match (a short document, a repeated term) caps the scale")
        .isCloseTo(1.0, within(1e-6));
    assertThat(MemorySearch.normalized(List.of(), OptionalDouble.of(2.0), 0)).isEmpty();
  }

  @Test
  void aHitMatchingOneTermOfALongerQueryLosesItsShareWhenTheHitsHoldTwo() {
    Map<String, Double> keyword = Map.of("one", 0.3, "two", 0.6, "unknown", 0.2);
    Map<String, Set<String>> matched =
        Map.of("one", Set.of("breakfast"), "two", Set.of("breakfast", "need"), "unknown", Set.of());

    assertThat(Fusion.requireTerms(keyword, matched, 5, 2))
        .containsExactlyInAnyOrderEntriesOf(Map.of("one", 0.0, "two", 0.6, "unknown", 0.2));
    assertThat(Fusion.requireTerms(keyword, matched, 2, 2))
        .as("a query of two terms keeps its single-word matches")
        .isEqualTo(keyword);
    assertThat(Fusion.requireTerms(keyword, matched, 5, 0)).as("off").isEqualTo(keyword);
    assertThat(
            Fusion.requireTerms(
                keyword, Map.of("one", Set.of("breakfast"), "unknown", Set.of()), 5, 2))
        .as("the hits hold one of the query's terms: that one is all keyword search can tell")
        .isEqualTo(keyword);
  }

  @Test
  void singleWordsOnlyWhenNoHitHoldsTwoTermsAndSomeTermNoHitHolds() {
    Map<String, Set<String>> manager =
        Map.of("product manager", Set.of("manager"), "password manager", Set.of("manager"));
    assertThat(Fusion.singleWordsOnly(manager, 2, 2))
        .as("'my manager': 'my' is in no hit, 'manager' alone in each")
        .isTrue();
    assertThat(Fusion.singleWordsOnly(manager, 1, 2)).as("a query of one term").isFalse();
    assertThat(Fusion.singleWordsOnly(manager, 2, 0)).as("off").isFalse();
    assertThat(Fusion.singleWordsOnly(Map.of(), 2, 2)).as("no keyword hit").isFalse();

    Map<String, Set<String>> customer =
        Map.of("lisbon", Set.of("live"), "discount", Set.of("customer"));
    assertThat(Fusion.singleWordsOnly(customer, 2, 2))
        .as("'customer live': each word of the query is in some hit")
        .isFalse();
    assertThat(Fusion.singleWordsOnly(customer, 3, 2))
        .as("two of three words held, each alone")
        .isTrue();
    assertThat(
            Fusion.singleWordsOnly(
                Map.of("both", Set.of("customer", "live"), "one", Set.of("live")), 3, 2))
        .as("a hit holds two terms")
        .isFalse();
    assertThat(
            Fusion.singleWordsOnly(
                Map.of("one", Set.of("manager"), "unknown", Set.<String>of()), 2, 2))
        .as("a hit whose matched terms are not known may hold two")
        .isFalse();
  }

  @Test
  void keywordGainIsNothingBelowTheFloorAllFromTwiceTheFloorAndLinearBetween() {
    assertThat(Fusion.keywordGain(0.1, 0.15)).isZero();
    assertThat(Fusion.keywordGain(0.15, 0.15)).isZero();
    assertThat(Fusion.keywordGain(0.225, 0.15)).isCloseTo(0.5, within(1e-9));
    assertThat(Fusion.keywordGain(0.3, 0.15)).isCloseTo(1.0, within(1e-9));
    assertThat(Fusion.keywordGain(0.9, 0.15)).isCloseTo(1.0, within(1e-9));
    assertThat(Fusion.keywordGain(0.01, 0)).as("no floor").isEqualTo(1.0);
  }

  /**
   * A reworded question ("Which medication do I need at breakfast time?"): the fact vector search
   * found first ("takes metformin every morning") shares no word with it; a memory a little less
   * close in meaning shares one word of several ("skips breakfast"). Without a floor that word's
   * small keyword share puts it first; with the floor the order is left to meaning.
   */
  @Test
  void aHitSharingOneWordOfSeveralNoLongerOutranksTheFactFoundByMeaning() {
    double full = 10;
    List<IndexHit> hits = List.of(new IndexHit("one shared word", 1.5f));
    Map<String, Double> cosine = Map.of("fact", 0.39, "one shared word", 0.375);

    assertThat(order(cosine, MemorySearch.normalized(hits, OptionalDouble.of(full), 0)))
        .containsExactly("one shared word", "fact");
    assertThat(order(cosine, MemorySearch.normalized(hits, OptionalDouble.of(full), 0.15)))
        .containsExactly("fact", "one shared word");
  }

  /**
   * A question in the words of its evidence ("When did Melanie paint a sunrise?"): the evidence
   * matches most of the query and keeps its whole keyword share under the floor, above a memory
   * closer in meaning that shares no word.
   */
  @Test
  void aHitMatchingMostOfTheQueryKeepsItsWholeShareAboveTheFloor() {
    double full = 4;
    List<IndexHit> hits =
        List.of(new IndexHit("evidence", 3.6f), new IndexHit("one shared word", 0.4f));
    Map<String, Double> cosine =
        Map.of("evidence", 0.3, "closer in meaning", 0.45, "one shared word", 0.35);

    Map<String, Double> floored = MemorySearch.normalized(hits, OptionalDouble.of(full), 0.15);
    assertThat(floored.get("evidence"))
        .isEqualTo(MemorySearch.normalized(hits, OptionalDouble.of(full), 0).get("evidence"));
    assertThat(floored.get("one shared word")).isZero();
    assertThat(order(cosine, floored))
        .containsExactly("evidence", "closer in meaning", "one shared word");
  }

  @Test
  void withoutAFullMatchTheFloorDoesNotApply() {
    List<IndexHit> hits = List.of(new IndexHit("best", 1.0f), new IndexHit("weak", 0.1f));

    Map<String, Double> againstBest = MemorySearch.normalized(hits, OptionalDouble.empty(), 0.15);

    assertThat(againstBest.get("weak"))
        .as("read against the best hit")
        .isCloseTo(0.1, within(1e-6));
  }

  @Test
  void coverageGainIsNothingBelowTheFloorAllFromTwiceTheFloorAndLinearBetween() {
    assertThat(Fusion.coverageGain(0.15, 0.2)).isZero();
    assertThat(Fusion.coverageGain(0.3, 0.2)).isCloseTo(0.5, within(1e-9));
    assertThat(Fusion.coverageGain(0.4, 0.2)).isCloseTo(1.0, within(1e-9));
    assertThat(Fusion.coverageGain(0.05, 0)).as("off").isEqualTo(1.0);
  }

  @Test
  void theKeywordWeightAQueryLosesGoesToTheCosine() {
    assertThat(Fusion.keywordWeight(0.5, 1)).as("whole").isEqualTo(0.5);
    assertThat(Fusion.keywordWeight(0.5, 0)).as("the cosine alone").isZero();
    assertThat(Fusion.keywordWeight(0.5, 0.5))
        .as("weights 0.5 for the cosine and 0.25 for keywords, as a mean")
        .isCloseTo(0.25 / 0.75, within(1e-9));
    double w = Fusion.keywordWeight(0.5, 0.5);
    double cosine = 0.6;
    assertThat(CompositeScorer.relevance(cosine, 0, w))
        .as("a memory found by meaning alone keeps more than half its cosine")
        .isGreaterThan(CompositeScorer.relevance(cosine, 0, 0.5))
        .isLessThan(cosine);
  }

  @Test
  void aQuerysKeywordWeightReadsTheBestHitsCoverage() {
    List<IndexHit> hits = List.of(new IndexHit("best", 1.5f), new IndexHit("other", 0.5f));

    assertThat(MemorySearch.keywordWeight(hits, OptionalDouble.of(10), 0.5, 0.2))
        .as("coverage 0.15")
        .isZero();
    assertThat(MemorySearch.keywordWeight(hits, OptionalDouble.of(5), 0.5, 0.2))
        .as("coverage 0.3: half the gain")
        .isCloseTo(Fusion.keywordWeight(0.5, 0.5), within(1e-9));
    assertThat(MemorySearch.keywordWeight(hits, OptionalDouble.of(3), 0.5, 0.2))
        .as("coverage 0.5")
        .isEqualTo(0.5);
    assertThat(MemorySearch.keywordWeight(hits, OptionalDouble.of(10), 0.5, 0))
        .as("off")
        .isEqualTo(0.5);
    assertThat(MemorySearch.keywordWeight(hits, OptionalDouble.empty(), 0.5, 0.2))
        .as("the index cannot tell a full match")
        .isEqualTo(0.5);
    assertThat(MemorySearch.keywordWeight(List.of(), OptionalDouble.empty(), 0.5, 0.2))
        .as("no keyword hit: coverage 0")
        .isZero();
  }

  /**
   * A question in the client's own words ("When does the caller want deliveries?" for "User prefers
   * deliveries in the morning"): its words "caller" and "want" are in no memory, so the best hit
   * covers a sixth of the query. Under the coverage floor the fact's relevance is its cosine, not
   * half of it: a fixed cut-off of 0.3 still passes it.
   */
  @Test
  void aFactFoundByMeaningKeepsItsRelevanceUnderAFixedCutOff() {
    double cosine = 0.55;
    List<IndexHit> hits = List.of(new IndexHit("fact", 1.0f));
    OptionalDouble full = OptionalDouble.of(6);
    double keyword = MemorySearch.normalized(hits, full, 0.15).get("fact");

    double without = CompositeScorer.relevance(cosine, keyword, 0.5);
    double with =
        CompositeScorer.relevance(
            cosine, keyword, MemorySearch.keywordWeight(hits, full, 0.5, 0.2));

    assertThat(without).isLessThan(0.3);
    assertThat(with).isCloseTo(cosine, within(1e-9)).isGreaterThan(0.3);
  }

  /**
   * "Who is in charge of my team?" where no memory uses the query's words much: a memory sharing
   * one common word ("team") scores a small keyword share that lifts it over the fact found by
   * meaning ("manager is Marcus"); under the coverage floor the cosine decides.
   */
  @Test
  void aQueryNoMemoryMatchesMuchOfIsRankedByMeaning() {
    List<IndexHit> hits = List.of(new IndexHit("one common word", 1.8f));
    OptionalDouble full = OptionalDouble.of(10);
    Map<String, Double> keyword = MemorySearch.normalized(hits, full, 0);
    Map<String, Double> cosine = Map.of("fact", 0.40, "one common word", 0.385);

    assertThat(order(cosine, keyword, 0.5)).containsExactly("one common word", "fact");
    assertThat(order(cosine, keyword, MemorySearch.keywordWeight(hits, full, 0.5, 0.2)))
        .containsExactly("fact", "one common word");
  }

  /** Ids by the weighted relevance of the default keyword weight, best first. */
  private static List<String> order(Map<String, Double> cosine, Map<String, Double> keyword) {
    return order(cosine, keyword, ScoringConfiguration.defaults().keywordWeight());
  }

  /** Ids by the weighted relevance of keyword weight {@code w}, best first. */
  private static List<String> order(
      Map<String, Double> cosine, Map<String, Double> keyword, double w) {
    return cosine.keySet().stream()
        .sorted(
            Comparator.comparingDouble(
                    (String id) ->
                        -CompositeScorer.relevance(
                            cosine.get(id), keyword.getOrDefault(id, 0.0), w))
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }
}
