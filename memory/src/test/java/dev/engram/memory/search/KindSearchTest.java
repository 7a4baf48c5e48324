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
 * {@code engram.scoring.kind-weight} in a search: a memory that names an instance of the category a
 * list question asks for gains {@code 1 + kindWeight} of relevance; others, questions without a
 * category and keyword-only search keep their scores.
 */
class KindSearchTest {
  private static final String APP = "app_kinds";
  private static final String CLARINET = "Melanie: Yeah, I play clarinet since I was young";
  private static final String CAMPING = "Melanie: We went camping in the mountains";
  private static final String QUERY = "What instruments does Melanie play?";

  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private SearchHit hit(double weight, String query, SearchRequest.Mode mode, String content) {
    MemorySearch search =
        new MemorySearch(
            store,
            index,
            embedder,
            ScoringConfiguration.defaults().withKindWeight(weight),
            clock,
            null);
    SearchRequest request =
        new SearchRequest(query, MemoryFilter.user("u1"), 10, null, null, mode, false);
    return search.search(APP, request).hits().stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMemoryNamingAnInstanceOfTheAskedCategoryGainsTheKindWeight() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", CLARINET), NewMemory.of("u1", CAMPING)));

    assertThat(ScoringConfiguration.defaults().kindWeight()).isEqualTo(0.3);
    for (SearchRequest.Mode mode : List.of(SearchRequest.Mode.HYBRID, SearchRequest.Mode.VECTOR)) {
      double off = hit(0, QUERY, mode, CLARINET).relevance();
      assertThat(off).isPositive();
      assertThat(hit(0.3, QUERY, mode, CLARINET).relevance())
          .isCloseTo(off * 1.3, Offset.offset(1e-9));
      assertThat(hit(0.3, QUERY, mode, CAMPING).relevance())
          .isCloseTo(hit(0, QUERY, mode, CAMPING).relevance(), Offset.offset(1e-9));
    }
  }

  @Test
  void aQuestionWithoutACategoryAndKeywordOnlySearchKeepTheirScores() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", CLARINET), NewMemory.of("u1", CAMPING)));

    String plain = "Does Melanie play clarinet?";
    assertThat(hit(0.3, plain, SearchRequest.Mode.HYBRID, CLARINET).relevance())
        .isCloseTo(
            hit(0, plain, SearchRequest.Mode.HYBRID, CLARINET).relevance(), Offset.offset(1e-9));
    assertThat(
            hit(0.3, "What instruments clarinet", SearchRequest.Mode.KEYWORD, CLARINET).relevance())
        .isCloseTo(
            hit(0, "What instruments clarinet", SearchRequest.Mode.KEYWORD, CLARINET).relevance(),
            Offset.offset(1e-9));
  }
}
