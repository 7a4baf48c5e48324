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
 * {@code engram.scoring.context-discount} in a hybrid search: the query words a memory matched only
 * in its context (the turn before it) count less than those its own content holds.
 */
class ContextDiscountSearchTest {
  private static final String APP = "app_context";
  private static final String REPLY = "Maria: Wow, what kind of class is it?";
  private static final String OWN = "Maria: I enjoy aerial yoga on weekends";
  private static final String QUERY = "What yoga has Maria practiced?";

  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private void turns() {
    writer.add(
        APP,
        "test",
        List.of(withContext(REPLY, "after John: I started a yoga class"), NewMemory.of("u1", OWN)));
  }

  private static NewMemory withContext(String content, String context) {
    return new NewMemory(
        null, "u1", null, null, null, null, content, context, null, null, null, null, null, null,
        null);
  }

  private SearchHit hit(double discount, SearchRequest.Mode mode, String content) {
    MemorySearch search =
        new MemorySearch(
            store,
            index,
            embedder,
            ScoringConfiguration.defaults().withContextDiscount(discount),
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
  void wordsMatchedOnlyInTheContextLoseTheDiscountedPartOfTheirShare() {
    turns();

    assertThat(ScoringConfiguration.defaults().contextDiscount()).isEqualTo(0.5);
    // the reply matched "maria" in its content and "yoga" only in its context: half of its words
    double off = hit(0, SearchRequest.Mode.HYBRID, REPLY).components().keyword();
    assertThat(off).isPositive();
    assertThat(hit(0.5, SearchRequest.Mode.HYBRID, REPLY).components().keyword())
        .isCloseTo(off * 0.75, Offset.offset(1e-9));
    assertThat(hit(1, SearchRequest.Mode.HYBRID, REPLY).components().keyword())
        .isCloseTo(off * 0.5, Offset.offset(1e-9));
  }

  @Test
  void aMemoryWithoutContextAndKeywordOnlySearchKeepTheirScores() {
    turns();

    assertThat(hit(0.5, SearchRequest.Mode.HYBRID, OWN).relevance())
        .isEqualTo(hit(0, SearchRequest.Mode.HYBRID, OWN).relevance());
    assertThat(hit(0.5, SearchRequest.Mode.KEYWORD, REPLY).relevance())
        .isEqualTo(hit(0, SearchRequest.Mode.KEYWORD, REPLY).relevance());
  }
}
