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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity stage of search ({@code engram.scoring.entity-weight}, docs/memory-quality.md). */
class EntitySearchTest {
  private static final String APP = "app_entities";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private void add(String user, String content) {
    writer.add(APP, "test", List.of(NewMemory.of(user, content)));
  }

  private List<String> find(ScoringConfiguration config, String user, String query, int limit) {
    MemorySearch search = new MemorySearch(store, index, embedder, config, clock, null);
    return search
        .search(APP, SearchRequest.of(query, MemoryFilter.user(user), limit))
        .hits()
        .stream()
        .map(h -> h.memory().content())
        .toList();
  }

  private void fillers(String user, int count) {
    for (int i = 0; i < count; i++) {
      add(user, "note " + i + " about gardening tools and seeds");
    }
  }

  @Test
  void aMemoryLinkedToTheBestHitThroughAnEntityGainsTheWeightAndOthersKeepTheirScore() {
    add("u1", "Alice adopted a dog called Rex");
    add("u1", "Rex loves the beach in Portugal");
    fillers("u1", 40);
    String query = "Which pet did Alice adopt?";
    ScoringConfiguration off = ScoringConfiguration.defaults();
    ScoringConfiguration on = off.withEntities(0.5, 1, 20);

    assertThat(hit(on, query, "Alice adopted a dog called Rex").relevance())
        .as("the seed itself: it names Alice, as the query does")
        .isEqualTo(hit(off, query, "Alice adopted a dog called Rex").relevance() * 1.5);
    assertThat(hit(on, query, "Rex loves the beach in Portugal").relevance())
        .isEqualTo(hit(off, query, "Rex loves the beach in Portugal").relevance() * 1.5);
    assertThat(hit(on, query, "note 3 about gardening tools and seeds").relevance())
        .isEqualTo(hit(off, query, "note 3 about gardening tools and seeds").relevance());
  }

  private SearchHit hit(ScoringConfiguration config, String query, String content) {
    MemorySearch search = new MemorySearch(store, index, embedder, config, clock, null);
    return search.search(APP, SearchRequest.of(query, MemoryFilter.user("u1"), 100)).hits().stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anEntityNamedByMoreMemoriesThanTheHubLimitLinksNothing() {
    add("u1", "Alice adopted a dog");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      many.add("Alice note " + i + " about gardening tools and seeds");
    }
    many.forEach(m -> add("u1", m));
    String query = "Which pet did Alice adopt?";

    assertThat(find(ScoringConfiguration.defaults().withEntities(5, 3, 4), "u1", query, 10))
        .isEqualTo(find(ScoringConfiguration.defaults(), "u1", query, 10));
  }

  @Test
  void linksStayWithinTheUser() {
    add("u1", "Alice adopted a dog called Rex");
    add("u2", "Rex loves the beach in Portugal");
    fillers("u1", 5);

    assertThat(
            find(
                ScoringConfiguration.defaults().withEntities(0.5, 3, 20),
                "u1",
                "Which pet did Alice adopt?",
                10))
        .doesNotContain("Rex loves the beach in Portugal");
  }
}
