package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

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
 * much of the query (a question in other words than every memory), no hit gains a keyword share;
 * once one hit matched enough, every hit keeps its own. The keyword floor and the min-terms rule
 * are off here, so that only the coverage floor decides.
 */
class KeywordCoverageFloorSearchTest {
  private static final String APP = "app_coverage";
  private static final String QUERY = "Which medication do I need at breakfast time?";
  private static final String ONE_WORD = "User skips breakfast on weekdays";
  private static final String TWO_WORDS = "User takes medication with breakfast";

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

  private double keyword(double coverageFloor, String query, SearchRequest.Mode mode) {
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
        .filter(h -> h.memory().content().equals(ONE_WORD))
        .findFirst()
        .orElseThrow()
        .components()
        .keyword();
  }

  @Test
  void noHitGainsAKeywordShareWhenTheBestMatchedLessThanTheFloorOfTheQuery() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD)));

    assertThat(ScoringConfiguration.defaults().keywordCoverageFloor()).isEqualTo(0.2);
    assertThat(keyword(0, QUERY, SearchRequest.Mode.HYBRID))
        .as("off: a tenth of a full match, read against the query's coverage of a tenth")
        .isPositive();
    assertThat(keyword(0.2, QUERY, SearchRequest.Mode.HYBRID)).isZero();
  }

  @Test
  void everyHitKeepsItsShareOnceTheBestCoversTwiceTheFloor() {
    full = 5;
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD), NewMemory.of("u1", TWO_WORDS)));

    double without = keyword(0, QUERY, SearchRequest.Mode.HYBRID);
    assertThat(without).as("one word of five, the best hit two of five").isPositive();
    assertThat(keyword(0.2, QUERY, SearchRequest.Mode.HYBRID)).isEqualTo(without);
  }

  @Test
  void keywordOnlySearchAndAQueryNamingATimeKeepTheirKeywordShare() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD)));

    assertThat(keyword(0.2, QUERY, SearchRequest.Mode.KEYWORD)).isPositive();
    assertThat(
            keyword(
                0.2,
                "Which medication did I need at breakfast in May 2023?",
                SearchRequest.Mode.HYBRID))
        .isPositive();
  }
}
