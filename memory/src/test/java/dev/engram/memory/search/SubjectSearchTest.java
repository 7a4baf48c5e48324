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
 * Statements by or about another person than the one a query names lose {@code
 * engram.scoring.subject-weight} (docs/memory-quality.md).
 */
class SubjectSearchTest {
  private static final String APP = "app_subjects";
  private static final String SAID_TO_HER =
      "Caroline: Melanie, how do you relax after work? I relax by running.";
  private static final String HER_OWN = "Melanie: Painting helps me relax.";
  private static final String QUERY = "How does Melanie relax after work?";

  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private MemorySearch search(double weight) {
    return new MemorySearch(
        store,
        index,
        embedder,
        ScoringConfiguration.defaults().withSubjectWeight(weight),
        clock,
        null);
  }

  private List<SearchHit> find(double weight, SearchRequest.Mode mode) {
    SearchRequest request =
        new SearchRequest(QUERY, MemoryFilter.user("u1"), 10, null, null, mode, false);
    return search(weight).search(APP, request).hits();
  }

  private static SearchHit hit(List<SearchHit> hits, String content) {
    return hits.stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  private void twoTurns() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", SAID_TO_HER), NewMemory.of("u1", HER_OWN)));
  }

  @Test
  void theNamedPersonsOwnStatementOutranksOneSaidToThem() {
    twoTurns();

    assertThat(ScoringConfiguration.defaults().subjectWeight()).isEqualTo(0.3);
    assertThat(find(0, SearchRequest.Mode.HYBRID).get(0).memory().content())
        .as("off")
        .isEqualTo(SAID_TO_HER);
    assertThat(find(3, SearchRequest.Mode.HYBRID).get(0).memory().content())
        .as("on")
        .isEqualTo(HER_OWN);
  }

  @Test
  void onlyAStatementByAnotherPersonLosesAndOneWithoutASubjectKeepsItsScore() {
    twoTurns();
    String noSubject = "Running after work helps Melanie relax.";
    writer.add(APP, "test", List.of(NewMemory.of("u1", noSubject)));
    List<SearchHit> on = find(3, SearchRequest.Mode.HYBRID);
    List<SearchHit> off = find(0, SearchRequest.Mode.HYBRID);

    assertThat(hit(on, SAID_TO_HER).relevance())
        .isCloseTo(hit(off, SAID_TO_HER).relevance() / 4, Offset.offset(1e-9));
    assertThat(hit(on, HER_OWN).relevance()).isEqualTo(hit(off, HER_OWN).relevance());
    assertThat(hit(on, noSubject).relevance()).isEqualTo(hit(off, noSubject).relevance());
  }

  @Test
  void keywordOnlySearchAndAQueryNamingNoOneRankAsWithoutTheStage() {
    twoTurns();

    assertThat(find(3, SearchRequest.Mode.KEYWORD)).isEqualTo(find(0, SearchRequest.Mode.KEYWORD));
    SearchRequest nobody = SearchRequest.of("how to relax after work", MemoryFilter.user("u1"), 10);
    assertThat(search(3).search(APP, nobody).hits())
        .isEqualTo(search(0).search(APP, nobody).hits());
  }
}
