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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Date matching in search ({@code engram.scoring.date-weight}, docs/memory-quality.md). */
class DateMatchingSearchTest {
  private static final String APP = "app_dates";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);

  private static ScoringConfiguration dateWeight(double weight) {
    return ScoringConfiguration.defaults().with(s -> s.dateWeight = weight);
  }

  private void add(String content, String validFrom) {
    NewMemory m =
        new NewMemory(
            null,
            "u1",
            null,
            null,
            null,
            null,
            content,
            null,
            null,
            null,
            5,
            null,
            Instant.parse(validFrom),
            null,
            null);
    writer.add(APP, "test", List.of(m));
  }

  private List<String> find(double weight, String query) {
    MemorySearch search = new MemorySearch(store, index, embedder, dateWeight(weight), clock, null);
    return search.search(APP, SearchRequest.of(query, MemoryFilter.user("u1"), 10)).hits().stream()
        .map(h -> h.memory().content())
        .toList();
  }

  private void twoHikes() {
    add("Alice went hiking in the mountains with her brother", "2023-05-03T10:00:00Z");
    add("Alice went hiking with friends", "2023-07-14T10:00:00Z");
    clock.advance(Duration.ofDays(1));
  }

  @Test
  void aMemoryOfTheNamedMonthRanksAboveACloserWordingOfAnotherMonth() {
    twoHikes();
    String query = "Where did Alice go hiking in the mountains with her brother in July 2023?";

    assertThat(find(0, query).get(0)).as("off").startsWith("Alice went hiking in the mountains");
    assertThat(find(3, query).get(0)).as("on").isEqualTo("Alice went hiking with friends");
  }

  @Test
  void aQueryThatNamesNoTimeRanksAsWithoutDateMatching() {
    twoHikes();
    String query = "When did Alice go hiking with her brother?";

    assertThat(find(3, query)).isEqualTo(find(0, query));
  }

  @Test
  void aMemoryOutsideTheNamedTimeKeepsItsScoreAndOneInsideGainsTheWeight() {
    writer.add(APP, "test", List.of(NewMemory.of("u1", "Alice went hiking with friends")));
    add("Alice bought new boots", "2023-07-14T10:00:00Z");
    MemorySearch on = new MemorySearch(store, index, embedder, dateWeight(3), clock, null);
    MemorySearch off = new MemorySearch(store, index, embedder, dateWeight(0), clock, null);
    String query = "Where did Alice go hiking in July 2023?";

    SearchHit hikeOn = hit(on, query, "Alice went hiking with friends");
    SearchHit hikeOff = hit(off, query, "Alice went hiking with friends");
    SearchHit bootsOn = hit(on, query, "Alice bought new boots");
    SearchHit bootsOff = hit(off, query, "Alice bought new boots");

    assertThat(hikeOn.relevance()).isEqualTo(hikeOff.relevance());
    assertThat(bootsOn.relevance()).isEqualTo(bootsOff.relevance() * 4);
  }

  private static SearchHit hit(MemorySearch search, String query, String content) {
    return search.search(APP, SearchRequest.of(query, MemoryFilter.user("u1"), 10)).hits().stream()
        .filter(h -> h.memory().content().equals(content))
        .findFirst()
        .orElseThrow();
  }
}
