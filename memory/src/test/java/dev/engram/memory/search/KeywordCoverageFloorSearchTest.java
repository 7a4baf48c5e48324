package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * {@code engram.scoring.keyword-coverage-floor} in a hybrid search: when no keyword hit matched
 * much of the query (a question in other words than every memory), keyword search counts for no hit
 * and relevance is the cosine alone — the keyword weight goes to the cosine, so relevance keeps its
 * scale for fixed cut-offs; once one hit matched enough, every hit keeps the configured fusion. The
 * keyword floor and the min-terms rule are off here, so that only the coverage floor decides.
 */
class KeywordCoverageFloorSearchTest {
  private static final String APP = "app_coverage";
  private static final String QUERY = "Which medication do I need at breakfast time?";
  private static final String ONE_WORD = "User skips breakfast on weekdays";
  private static final String TWO_WORDS = "User takes medication with breakfast";
  private static final double W = ScoringConfiguration.defaults().keywordWeight();

  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private double full = 10;

  /** The in-memory index (one point per shared word), with a full match worth {@link #full}. */
  private final InMemoryMemoryIndex index =
      new InMemoryMemoryIndex() {
        @Override
        public OptionalDouble fullMatchScore(String appId, String text) {
          return OptionalDouble.of(full);
        }
      };

  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private SearchHit hit(
      double coverageFloor, String query, SearchRequest.Mode mode, String content) {
    MemorySearch search =
        new MemorySearch(
            store,
            index,
            embedder,
            ScoringConfiguration.defaults()
                .withKeywordFloor(0)
                .withKeywordMinTerms(0)
                .withKeywordCoverageFloor(coverageFloor),
            clock,
            null);
    SearchRequest request =
        new SearchRequest(query, MemoryFilter.user("u1"), 10, null, null, mode, false);
    return search.search(APP, request).hits().stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  private SearchHit hit(double coverageFloor, String query, SearchRequest.Mode mode) {
    return hit(coverageFloor, query, mode, ONE_WORD);
  }

  @Test
  void relevanceIsTheCosineWhenTheBestHitMatchedLessThanTheFloorOfTheQuery() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD)));

    assertThat(ScoringConfiguration.defaults().keywordCoverageFloor()).isEqualTo(0.2);
    SearchHit off = hit(0, QUERY, SearchRequest.Mode.HYBRID);
    double cosine = off.components().similarity();
    assertThat(off.components().keyword())
        .as("off: a tenth of a full match, read against the query's coverage of a tenth")
        .isPositive();
    assertThat(off.relevance())
        .isCloseTo((1 - W) * cosine + W * off.components().keyword(), within(1e-9));

    SearchHit on = hit(0.2, QUERY, SearchRequest.Mode.HYBRID);
    assertThat(on.relevance())
        .as("the keyword weight went to the cosine, not lost")
        .isCloseTo(cosine, within(1e-9))
        .isGreaterThan(off.relevance());
  }

  @Test
  void relevanceIsTheCosineWhenKeywordSearchFoundNothing() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD)));
    // "on" is too short for the index fake's keywords, not for the embedder's words
    String noKeyword = "Is she on pills?";

    SearchHit off = hit(0, noKeyword, SearchRequest.Mode.HYBRID);
    SearchHit on = hit(0.2, noKeyword, SearchRequest.Mode.HYBRID);

    assertThat(off.components().keyword()).isZero();
    assertThat(off.components().similarity()).isPositive();
    assertThat(off.relevance()).isCloseTo((1 - W) * off.components().similarity(), within(1e-9));
    assertThat(on.relevance()).isCloseTo(on.components().similarity(), within(1e-9));
  }

  @Test
  void everyHitKeepsTheConfiguredFusionOnceTheBestCoversTwiceTheFloor() {
    full = 5;
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD), NewMemory.of("u1", TWO_WORDS)));

    SearchHit off = hit(0, QUERY, SearchRequest.Mode.HYBRID);
    assertThat(off.components().keyword())
        .as("one word of five, the best hit two of five")
        .isPositive();
    assertThat(hit(0.2, QUERY, SearchRequest.Mode.HYBRID).relevance()).isEqualTo(off.relevance());
    assertThat(hit(0.2, QUERY, SearchRequest.Mode.HYBRID, TWO_WORDS).relevance())
        .isEqualTo(hit(0, QUERY, SearchRequest.Mode.HYBRID, TWO_WORDS).relevance());
  }

  @Test
  void inTheRampTheKeywordWeightShrinksAndTheCosineGainsIt() {
    full = 6.5;
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD), NewMemory.of("u1", TWO_WORDS)));

    // the best hit holds two of the query's words: coverage 2 / 6.5, in the ramp from 0.2 to 0.4
    double gain = Fusion.coverageGain(2 / 6.5, 0.2);
    assertThat(gain).isStrictlyBetween(0.0, 1.0);
    double weight = W * gain / (1 - W + W * gain);
    SearchHit on = hit(0.2, QUERY, SearchRequest.Mode.HYBRID, TWO_WORDS);
    assertThat(on.relevance())
        .isCloseTo(
            (1 - weight) * on.components().similarity() + weight * on.components().keyword(),
            within(1e-9));
  }

  @Test
  void keywordOnlySearchAndAQueryNamingATimeKeepTheirRelevance() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD)));
    String namingATime = "Which medication did I need at breakfast in May 2023?";

    assertThat(hit(0.2, QUERY, SearchRequest.Mode.KEYWORD).relevance())
        .isPositive()
        .isEqualTo(hit(0, QUERY, SearchRequest.Mode.KEYWORD).relevance());
    assertThat(hit(0.2, namingATime, SearchRequest.Mode.HYBRID).relevance())
        .isEqualTo(hit(0, namingATime, SearchRequest.Mode.HYBRID).relevance());
  }
}
