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
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@code engram.scoring.question-discount}: a memory whose content asks loses that share of its
 * relevance in hybrid and vector search; statements and keyword-only search keep their scores.
 */
class QuestionDiscountSearchTest {
  private static final String APP = "app_question";
  private static final String ASKS = "Caroline: Wow! Do you run to de-stress?";
  private static final String STATES = "Melanie: I have been running farther to de-stress.";
  private static final String QUERY = "What does Melanie do to de-stress?";

  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private SearchHit hit(double discount, SearchRequest.Mode mode, String content) {
    MemorySearch search =
        new MemorySearch(
            store,
            index,
            embedder,
            ScoringConfiguration.defaults().withQuestionDiscount(discount).withSubjectWeight(0),
            clock,
            null);
    SearchRequest request =
        new SearchRequest(QUERY, MemoryFilter.user("u1"), 10, null, null, mode, false);
    return search.search(APP, request).hits().stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMemoryThatAsksLosesTheDiscountTimesItsQuestionShare() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", ASKS), NewMemory.of("u1", STATES)));

    assertThat(ScoringConfiguration.defaults().questionDiscount()).isEqualTo(0.3);
    double share = QuestionShare.of(ASKS); // "Caroline: Wow!" states, the rest asks
    assertThat(share).isCloseTo(6.0 / 8, Offset.offset(1e-9));
    for (SearchRequest.Mode mode : List.of(SearchRequest.Mode.HYBRID, SearchRequest.Mode.VECTOR)) {
      double off = hit(0, mode, ASKS).relevance();
      assertThat(off).isPositive();
      assertThat(hit(0.3, mode, ASKS).relevance())
          .isCloseTo(off * (1 - 0.3 * share), Offset.offset(1e-9));
    }
  }

  @Test
  void statementsAndKeywordOnlySearchKeepTheirScores() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", ASKS), NewMemory.of("u1", STATES)));

    assertThat(hit(0.3, SearchRequest.Mode.HYBRID, STATES).relevance())
        .isEqualTo(hit(0, SearchRequest.Mode.HYBRID, STATES).relevance());
    assertThat(hit(0.3, SearchRequest.Mode.KEYWORD, ASKS).relevance())
        .isEqualTo(hit(0, SearchRequest.Mode.KEYWORD, ASKS).relevance());
  }
}
