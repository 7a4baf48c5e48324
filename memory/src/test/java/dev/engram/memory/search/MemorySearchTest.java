package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.UserScope;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.read.AccessRecorder;
import dev.engram.memory.testing.HashingEmbedder;
import dev.engram.memory.testing.InMemoryMemoryIndex;
import dev.engram.memory.testing.InMemoryMemoryStore;
import dev.engram.memory.testing.Memories;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.testing.OffsetClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemorySearchTest {
  private static final String APP = "app_search";
  private final OffsetClock clock = new OffsetClock();
  private final InMemoryMemoryStore store = new InMemoryMemoryStore();
  private final InMemoryMemoryIndex index = new InMemoryMemoryIndex();
  private final HashingEmbedder embedder = new HashingEmbedder();
  private final MemoryWriter writer =
      new MemoryWriter(store, index, embedder, MemoryLimits.defaults(), clock, null);
  private final MemorySearch search =
      new MemorySearch(store, index, embedder, ScoringConfiguration.defaults(), clock, null);

  private Memory add(String user, String content, int importance) {
    NewMemory m =
        new NewMemory(
            null,
            user,
            null,
            null,
            null,
            null,
            content,
            null,
            null,
            null,
            importance,
            null,
            null,
            null,
            null);
    return writer.add(APP, "test", List.of(m)).get(0);
  }

  private List<SearchHit> find(String user, String query) {
    return search.search(APP, SearchRequest.of(query, MemoryFilter.user(user), 10)).hits();
  }

  @Test
  void ranksTheClosestMemoryFirst() {
    add("u1", "Alice prefers express shipping", 5);
    add("u1", "Alice lives in Lisbon", 5);

    List<SearchHit> hits = find("u1", "express shipping please");

    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).memory().content()).isEqualTo("Alice prefers express shipping");
  }

  @Test
  void compositeScoreFollowsTheDocumentedFormula() {
    Memory memory = add("u2", "Bob drinks green tea every morning", 10);
    clock.advance(Duration.ofDays(30));

    SearchHit hit = find("u2", "green tea").get(0);

    ScoreComponents c = hit.components();
    // a semantic memory (half-life 180 days) untouched for 30 days keeps 0.5^(30/180) of its boost
    assertThat(c.retention()).isCloseTo(Math.pow(0.5, 30.0 / 180), within(1e-9));
    assertThat(c.importanceBoost()).isCloseTo(0.1 * Math.pow(0.5, 30.0 / 180), within(1e-9));
    assertThat(c.recencyBoost()).isCloseTo(0.05, within(1e-3));
    assertThat(c.reinforcementBoost()).isZero();
    assertThat(c.accessBoost()).isZero();
    assertThat(hit.relevance())
        .isCloseTo(0.5 * Math.max(c.similarity(), 0) + 0.5 * c.keyword(), within(1e-9));
    assertThat(hit.compositeScore())
        .isCloseTo(hit.relevance() * (1 + c.recencyBoost() + c.importanceBoost()), within(1e-9));
    assertThat(hit.memory().id()).isEqualTo(memory.id());
  }

  /**
   * A search with the fixture's parts that counts the memories it returns into {@code accesses}.
   */
  private MemorySearch countingInto(AccessRecorder accesses) {
    return new MemorySearch(
        store,
        index,
        embedder,
        ScoringConfiguration.defaults(),
        HalfLifeConfiguration.defaults(),
        accesses,
        clock,
        null);
  }

  @Test
  void returnedMemoriesAreCountedAsAccessedWhenTheRecorderFlushes() {
    AccessRecorder accesses = new AccessRecorder(store, clock);
    MemorySearch counting = countingInto(accesses);
    Memory tea = add("u6", "Erin drinks black tea", 5);
    Memory other = add("u6", "Erin owns a red bicycle", 5);

    counting.search(APP, SearchRequest.of("black tea", MemoryFilter.user("u6"), 1));
    counting.search(APP, SearchRequest.of("black tea", MemoryFilter.user("u6"), 1));
    assertThat(store.find(APP, tea.id(), clock.instant()).orElseThrow().accessCount()).isZero();
    clock.advance(Duration.ofSeconds(1));
    java.time.Instant before = clock.instant();

    assertThat(accesses.flush()).isEqualTo(1);

    Memory seen = store.find(APP, tea.id(), clock.instant()).orElseThrow();
    assertThat(seen.accessCount()).isEqualTo(2);
    assertThat(seen.lastAccessedAt()).isBetween(before, clock.instant());
    assertThat(seen.version()).isEqualTo(tea.version());
    assertThat(store.find(APP, other.id(), clock.instant()).orElseThrow().accessCount()).isZero();
    assertThat(accesses.flush()).isZero();
    SearchHit hit =
        counting
            .search(APP, SearchRequest.of("black tea", MemoryFilter.user("u6"), 1))
            .hits()
            .get(0);
    assertThat(hit.components().accessBoost()).isPositive();
  }

  @Test
  void aSearchWithoutCountingCountsOnlyTheHitsItsCallerPassesOn() {
    AccessRecorder accesses = new AccessRecorder(store, clock);
    MemorySearch counting = countingInto(accesses);
    add("u7", "Gina drinks black tea", 5);
    add("u7", "Gina drinks green tea", 5);
    SearchRequest request = SearchRequest.of("black tea", MemoryFilter.user("u7"), 10);

    SearchResult uncounted = counting.searchWithoutCounting(APP, request);

    // the same hits as a counted search, and nothing waits to be written
    assertThat(uncounted.hits()).hasSize(2);
    assertThat(uncounted.hits().stream().map(h -> h.memory().id()).toList())
        .isEqualTo(
            counting.search(APP, request).hits().stream().map(h -> h.memory().id()).toList());
    assertThat(accesses.flush()).isEqualTo(2);
    counting.searchWithoutCounting(APP, request);
    assertThat(accesses.pending()).isZero();

    SearchHit passedOn = uncounted.hits().get(1);
    counting.countAccess(APP, List.of(passedOn));

    assertThat(accesses.pending()).isEqualTo(1);
    assertThat(accesses.flush()).isEqualTo(1);
    assertThat(store.find(APP, passedOn.memory().id(), clock.instant()).orElseThrow().accessCount())
        .isEqualTo(2);
    String notPassedOn = uncounted.hits().get(0).memory().id();
    assertThat(store.find(APP, notPassedOn, clock.instant()).orElseThrow().accessCount())
        .isEqualTo(1);
  }

  @Test
  void importanceBreaksTiesBetweenEquallyRelevantMemories() {
    Memory low = add("u3", "Carol likes jazz", 1);
    Memory high = add("u3", "Carol likes jazz", 10);

    List<SearchHit> hits = find("u3", "Carol likes jazz");

    assertThat(hits).extracting(h -> h.memory().id()).containsExactly(high.id(), low.id());
  }

  @Test
  void thresholdsDropWeakHits() {
    add("u4", "Dave plays chess on Sundays", 5);
    add("u4", "The weather in Oslo is cold", 5);

    List<SearchHit> strict =
        search
            .search(
                APP,
                new SearchRequest(
                    "chess on Sundays",
                    MemoryFilter.user("u4"),
                    10,
                    0.5,
                    null,
                    SearchRequest.Mode.HYBRID,
                    false))
            .hits();

    assertThat(strict)
        .extracting(h -> h.memory().content())
        .containsExactly("Dave plays chess on Sundays");
    assertThat(
            search
                .search(
                    APP,
                    new SearchRequest(
                        "chess",
                        MemoryFilter.user("u4"),
                        10,
                        null,
                        5.0,
                        SearchRequest.Mode.HYBRID,
                        false))
                .hits())
        .isEmpty();
  }

  @Test
  void neverReturnsWhatTheStoreNoLongerHasEvenIfTheIndexLags() {
    Memory kept = add("u5", "Erin owns a red bicycle", 5);
    Memory deleted = add("u5", "Erin owns a blue bicycle", 5);
    // the store marks it deleted while the index still holds it, as after a crash
    Memory gone = deleted.toBuilder().status(MemoryStatus.DELETED).version(2).build();
    store.update(APP, gone, 1, event(gone));
    index.upsert(APP, List.of(IndexDocument.of(deleted)));

    assertThat(find("u5", "bicycle")).extracting(h -> h.memory().id()).containsExactly(kept.id());
  }

  @Test
  void expiredMemoriesAreNotReturned() {
    NewMemory shortLived =
        new NewMemory(
            null,
            "u6",
            null,
            null,
            null,
            null,
            "Frank is in a meeting",
            null,
            null,
            null,
            null,
            null,
            null,
            clock.instant().plusSeconds(60),
            null);
    writer.add(APP, "test", List.of(shortLived));
    assertThat(find("u6", "meeting")).hasSize(1);

    clock.advance(Duration.ofMinutes(2));

    assertThat(find("u6", "meeting")).isEmpty();
  }

  @Test
  void skipsVectorsOfAnotherModel() {
    Memory foreign =
        Memories.memory("u7", "Gina studies history", clock.instant())
            .embedding(new float[384], "other-model")
            .build();
    store.insert(APP, List.of(foreign), List.of());
    index.upsert(APP, List.of(IndexDocument.of(foreign)));

    assertThat(find("u7", "history")).isEmpty();
  }

  @Test
  void exactSearchAgreesWithTheIndexOnSmallSets() {
    for (int i = 0; i < 30; i++) {
      add("u8", "note number " + i + " about topic " + (i % 5), 5);
    }
    SearchRequest approximate =
        new SearchRequest(
            "topic 3", MemoryFilter.user("u8"), 5, null, null, SearchRequest.Mode.VECTOR, false);
    SearchRequest exact =
        new SearchRequest(
            "topic 3", MemoryFilter.user("u8"), 5, null, null, SearchRequest.Mode.VECTOR, true);

    assertThat(search.search(APP, exact).hits())
        .extracting(h -> h.memory().id())
        .containsExactlyElementsOf(
            search.search(APP, approximate).hits().stream().map(h -> h.memory().id()).toList());
  }

  @Test
  void metadataFiltersAreCheckedAgainstTheStore() {
    NewMemory crm =
        new NewMemory(
            null,
            "u9",
            null,
            null,
            null,
            null,
            "Hank called about billing",
            null,
            null,
            null,
            null,
            Map.of("source", "crm"),
            null,
            null,
            null);
    NewMemory chat =
        new NewMemory(
            null,
            "u9",
            null,
            null,
            null,
            null,
            "Hank chatted about billing",
            null,
            null,
            null,
            null,
            Map.of("source", "chat"),
            null,
            null,
            null);
    writer.add(APP, "test", List.of(crm, chat));
    MemoryFilter filter =
        new MemoryFilter(
            new UserScope.OneUser("u9"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("source", "crm"),
            null);

    assertThat(search.search(APP, SearchRequest.of("billing", filter, 10)).hits())
        .extracting(h -> h.memory().content())
        .containsExactly("Hank called about billing");
  }

  @Test
  void refusesBadRequests() {
    assertThatThrownBy(() -> find("u1", " "))
        .isInstanceOf(MemoryException.class)
        .hasMessageContaining("query");
    assertThatThrownBy(
            () -> search.search(APP, SearchRequest.of("x", MemoryFilter.user("u1"), 1001)))
        .isInstanceOf(MemoryException.class)
        .hasMessageContaining("limit");
  }

  private MemoryEvent event(Memory memory) {
    return new MemoryEvent(
        "evt_test" + memory.version(),
        memory.id(),
        memory.userId(),
        dev.engram.memory.EventType.DELETE,
        "test",
        null,
        List.of(),
        Map.of(),
        clock.instant());
  }
}
