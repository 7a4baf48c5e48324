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
 * {@code engram.scoring.keyword-floor} in a hybrid search: a memory that shares one word of several
 * with the query gains no keyword share, unless the query names a time (its date words are the date
 * stage's to match). The coverage floor is off here: one word of ten is below it as well.
 */
class KeywordFloorSearchTest {
  private static final String APP = "app_floor";
  private static final String ONE_WORD = "User skips breakfast on weekdays";

  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();

  /** The in-memory index, with a full match worth ten shared words (one word is a tenth). */
  private final InMemoryMemoryIndex index =
      new InMemoryMemoryIndex() {
        @Override
        public OptionalDouble fullMatchScore(String appId, String text) {
          return OptionalDouble.of(10);
        }
      };

  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private double keyword(double floor, String query, SearchRequest.Mode mode) {
    writer.add(APP, "test", List.of(NewMemory.of("u1", ONE_WORD)));
    MemorySearch search =
        new MemorySearch(
            store,
            index,
            embedder,
            ScoringConfiguration.defaults().withKeywordFloor(floor).withKeywordCoverageFloor(0),
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
  void oneSharedWordOfSeveralGainsNothingAboveTheFloor() {
    String query = "Which medication do I need at breakfast time?";

    assertThat(ScoringConfiguration.defaults().keywordFloor()).isEqualTo(0.15);
    assertThat(keyword(0, query, SearchRequest.Mode.HYBRID)).isPositive();
    assertThat(keyword(0.15, query, SearchRequest.Mode.HYBRID)).isZero();
  }

  @Test
  void keywordOnlySearchAndAQueryNamingATimeKeepTheirKeywordShare() {
    assertThat(
            keyword(
                0.15, "Which medication do I need at breakfast time?", SearchRequest.Mode.KEYWORD))
        .isPositive();
    assertThat(
            keyword(
                0.15,
                "Which medication did I need at breakfast in May 2023?",
                SearchRequest.Mode.HYBRID))
        .isPositive();
  }
}
