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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code engram.scoring.when-weight}: a hybrid search for a question that asks when lifts the
 * memories that say when and have a {@code valid_from}; nothing else moves.
 */
class WhenWeightSearchTest {
  private static final String APP = "app_when";
  private static final String SAYS = "Caroline: We had a blast at the pride parade last year";
  private static final String SAYS_NOT = "Caroline: The pride parade was so encouraging";
  private static final String WHEN = "When did Caroline go to the pride parade?";

  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private void add(String user, String content, Instant validFrom) {
    writer.add(
        APP,
        "test",
        List.of(
            new NewMemory(
                null, user, null, null, null, null, content, null, null, null, 5, null, validFrom,
                null, null)));
  }

  private double relevance(
      double weight, String query, SearchRequest.Mode mode, String user, String content) {
    MemorySearch search =
        new MemorySearch(
            store,
            index,
            embedder,
            ScoringConfiguration.defaults().withWhenWeight(weight),
            clock,
            null);
    SearchRequest request =
        new SearchRequest(query, MemoryFilter.user(user), 10, null, null, mode, false);
    return search.search(APP, request).hits().stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow()
        .relevance();
  }

  private void dated() {
    Instant said = Instant.parse("2023-07-03T10:00:00Z");
    add("u1", SAYS, said);
    add("u1", SAYS_NOT, said);
  }

  @Test
  void aDatedMemoryThatSaysWhenGainsTheWeightForAQuestionThatAsksWhen() {
    dated();
    assertThat(ScoringConfiguration.defaults().whenWeight()).isEqualTo(0.2);

    assertThat(relevance(0.2, WHEN, SearchRequest.Mode.HYBRID, "u1", SAYS))
        .isCloseTo(1.2 * relevance(0, WHEN, SearchRequest.Mode.HYBRID, "u1", SAYS), within(1e-9));
    assertThat(relevance(0.2, WHEN, SearchRequest.Mode.HYBRID, "u1", SAYS_NOT))
        .as("says no time")
        .isEqualTo(relevance(0, WHEN, SearchRequest.Mode.HYBRID, "u1", SAYS_NOT));
  }

  @Test
  void otherQuestionsAndSingleSignalSearchesAreLeftAlone() {
    dated();
    String what = "What did Caroline do at the pride parade?";
    assertThat(relevance(0.2, what, SearchRequest.Mode.HYBRID, "u1", SAYS))
        .isEqualTo(relevance(0, what, SearchRequest.Mode.HYBRID, "u1", SAYS));
    for (SearchRequest.Mode mode : List.of(SearchRequest.Mode.VECTOR, SearchRequest.Mode.KEYWORD)) {
      assertThat(relevance(0.2, WHEN, mode, "u1", SAYS))
          .as(mode.name())
          .isEqualTo(relevance(0, WHEN, mode, "u1", SAYS));
    }
  }

  @Test
  void aMemoryWithoutValidFromIsLeftAlone() {
    add("u2", SAYS, null);
    assertThat(relevance(0.2, WHEN, SearchRequest.Mode.HYBRID, "u2", SAYS))
        .as("no time to read 'last year' against")
        .isEqualTo(relevance(0, WHEN, SearchRequest.Mode.HYBRID, "u2", SAYS));
  }
}
