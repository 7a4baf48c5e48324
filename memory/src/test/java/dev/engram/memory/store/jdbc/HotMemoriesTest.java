package dev.engram.memory.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.testing.Memories;
import dev.engram.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cache of hot memories: filled by reads outside transactions, never stale after a committed or
 * rolled-back write, updated by recorded accesses (each counted once, also in a copy read between
 * the access's commit and the cache's update), and never filled by a read that overlapped a commit.
 */
class HotMemoriesTest {
  private static final String APP = "app_hot";
  private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
  private static final Instant NOW = T0.plus(Duration.ofDays(1));

  private final JdbcMemoryStoreFixture fixture =
      new JdbcMemoryStoreFixture(TestDatabase.h2(), "", 100);
  private final JdbcMemoryStore store = (JdbcMemoryStore) fixture.store();

  @AfterEach
  void close() {
    fixture.close();
  }

  private static Memory memory(String id, String content) {
    return Memories.memory("ana", content, T0).id(id).build();
  }

  private static MemoryEvent event(Memory memory) {
    return new MemoryEvent(
        "e" + memory.id() + memory.version(),
        memory.id(),
        memory.userId(),
        EventType.UPDATE,
        "tester",
        null,
        List.of(),
        Map.of(),
        T0);
  }

  private Memory replaced(Memory stored, String content) {
    return stored.toBuilder().content(content).version(stored.version() + 1).build();
  }

  @Test
  void aReadOutsideATransactionFillsTheCacheAndTheNextReadIsServedFromIt() {
    Memory lisbon = memory("m1", "Ana lives in Lisbon");
    store.insert(APP, List.of(lisbon, memory("m2", "Ana has two cats")), List.of());
    assertThat(store.hotMemories()).isZero();

    assertThat(store.findAll(APP, List.of("m1", "m2", "m9"), NOW)).hasSize(2);
    assertThat(store.hotMemories()).isEqualTo(2);
    assertThat(store.find(APP, "m1", NOW)).contains(lisbon);
    assertThat(store.findAll(APP, List.of("m2", "m1", "m1"), NOW))
        .extracting(Memory::id)
        .containsExactlyInAnyOrder("m1", "m2");
  }

  @Test
  void aCommittedUpdateIsSeenByTheNextRead() {
    Memory lisbon = memory("m1", "Ana lives in Lisbon");
    store.insert(APP, List.of(lisbon), List.of());
    store.find(APP, "m1", NOW);

    Memory porto = replaced(lisbon, "Ana lives in Porto");
    assertThat(store.update(APP, porto, lisbon.version(), event(lisbon))).isTrue();

    assertThat(store.find(APP, "m1", NOW).orElseThrow().content()).isEqualTo("Ana lives in Porto");
  }

  @Test
  void aReadInsideAUnitOfWorkSeesItsOwnWriteAndARollbackLeavesTheCommittedMemory() {
    Memory lisbon = memory("m1", "Ana lives in Lisbon");
    store.insert(APP, List.of(lisbon), List.of());
    store.find(APP, "m1", NOW);
    List<String> seenInside = new ArrayList<>();

    assertThatThrownBy(
            () ->
                store.inUnitOfWork(
                    () -> {
                      store.update(
                          APP,
                          replaced(lisbon, "Ana lives in Porto"),
                          lisbon.version(),
                          event(lisbon));
                      seenInside.add(store.find(APP, "m1", NOW).orElseThrow().content());
                      throw new IllegalStateException("rolled back");
                    }))
        .hasMessageContaining("rolled back");

    assertThat(seenInside).containsExactly("Ana lives in Porto");
    assertThat(store.find(APP, "m1", NOW)).contains(lisbon);
  }

  @Test
  void recordedAccessesReachTheCachedCopy() {
    Memory lisbon = memory("m1", "Ana lives in Lisbon");
    store.insert(APP, List.of(lisbon), List.of());
    store.find(APP, "m1", NOW);
    Instant at = T0.plus(Duration.ofHours(3)).plusNanos(789);

    store.recordAccess(APP, Map.of("m1", 3), at);
    store.recordAccess(APP, Map.of("m1", 1), T0.plus(Duration.ofHours(1)));

    assertThat(store.hotMemories()).as("kept, not removed").isEqualTo(1);
    Memory cached = store.find(APP, "m1", NOW).orElseThrow();
    assertThat(cached.accessCount()).isEqualTo(4);
    assertThat(cached.lastAccessedAt()).isEqualTo(at.minusNanos(789));
    // what the database holds is what the cache holds
    assertThat(store.inUnitOfWork(() -> store.find(APP, "m1", NOW).orElseThrow()))
        .isEqualTo(cached);
  }

  @Test
  void aReadBetweenAnAccessCommitAndItsCacheUpdateDoesNotCountTheAccessTwice() {
    store.insert(APP, List.of(memory("m1", "Ana lives in Lisbon")), List.of());
    Instant at = T0.plus(Duration.ofHours(3));

    store.inUnitOfWork(
        () -> {
          // registered first, so it runs after the commit and before the access's own action: the
          // moment another thread's read fetches the row that holds the access already
          store.afterCommit(() -> store.find(APP, "m1", NOW));
          store.recordAccess(APP, Map.of("m1", 1), at);
          return null;
        });

    Memory cached = store.find(APP, "m1", NOW).orElseThrow();
    assertThat(cached.accessCount()).isEqualTo(1);
    assertThat(store.inUnitOfWork(() -> store.find(APP, "m1", NOW).orElseThrow()))
        .isEqualTo(cached);
  }

  @Test
  void feedbackPurgeAndUserErasureRemoveTheCachedCopies() {
    Memory feedback = memory("m1", "Ana lives in Lisbon");
    Memory expiring =
        Memories.memory("ana", "Ana is in Rome this week", T0)
            .id("m2")
            .expiresAt(T0.plus(Duration.ofHours(1)))
            .build();
    store.insert(APP, List.of(feedback, expiring), List.of());
    assertThat(store.findAll(APP, List.of("m1", "m2"), T0)).hasSize(2);

    store.recordFeedback(APP, "m1", 2);
    assertThat(store.find(APP, "m1", NOW).orElseThrow().feedbackBalance()).isEqualTo(2);
    assertThat(store.find(APP, "m2", NOW)).as("expired by now").isEmpty();
    assertThat(store.purgeExpired(APP, NOW, 10)).containsExactly("m2");
    assertThat(store.find(APP, "m2", T0)).isEmpty();

    store.deleteUser(APP, "ana");
    assertThat(store.find(APP, "m1", NOW)).isEmpty();
  }

  @Test
  void aReadThatOverlappedACommitKeepsNothingInTheCache() {
    HotMemories hot = new HotMemories(10);
    Memory old = memory("m1", "Ana lives in Lisbon");
    long before = hot.epoch();
    hot.changed(APP, List.of("m1")); // a write committed while the read was at the database

    hot.fill(APP, List.of(old), before);

    List<String> missing = new ArrayList<>();
    assertThat(hot.lookup(APP, List.of("m1"), NOW, missing)).isEmpty();
    assertThat(missing).containsExactly("m1");
    assertThat(hot.size()).isZero();
  }

  @Test
  void anAccessIsAddedOnlyToCopiesReadBeforeItWasWritten() {
    HotMemories hot = new HotMemories(10);
    Memory before = memory("m1", "Ana lives in Lisbon");
    hot.fill(APP, List.of(before), hot.epoch());
    long written = hot.accessing(); // the access written; then committed
    Memory after = memory("m2", "Ana has two cats").toBuilder().accessCount(1).build();
    hot.fill(APP, List.of(after), hot.epoch()); // read after the commit: it holds the access

    hot.accessed(APP, Map.of("m1", 1, "m2", 1), NOW, written);

    List<String> missing = new ArrayList<>();
    assertThat(hot.lookup(APP, List.of("m1", "m2"), NOW, missing))
        .containsExactly(before.toBuilder().accessCount(1).lastAccessedAt(NOW).build());
    assertThat(missing).as("read again from the database").containsExactly("m2");
  }

  /**
   * Search-like reads (30 candidates, 10 of them returned and so accessed) between flushes of the
   * accesses: every read is served from the cache. Removing the accessed memories at each flush
   * instead would miss about an eighth of these reads.
   */
  @Test
  void flushedAccessesLeaveTheSearchedMemoriesCached() {
    HotMemories hot = new HotMemories(1_000);
    Map<String, Memory> database = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      database.put("m" + i, memory("m" + i, "memory " + i));
    }
    hot.fill(APP, List.copyOf(database.values()), hot.epoch());
    Random random = new Random(14);
    int lookups = 0;
    int misses = 0;
    for (int window = 0; window < 3; window++) {
      Map<String, Integer> accessed = new HashMap<>();
      for (int search = 0; search < 50; search++) {
        List<String> candidates = new ArrayList<>(database.keySet());
        Collections.shuffle(candidates, random);
        candidates = candidates.subList(0, 30);
        List<String> missing = new ArrayList<>();
        hot.lookup(APP, candidates, NOW, missing);
        lookups += candidates.size();
        misses += missing.size();
        hot.fill(APP, missing.stream().map(database::get).toList(), hot.epoch());
        candidates.subList(0, 10).forEach(id -> accessed.merge(id, 1, Integer::sum));
      }
      long written = hot.accessing();
      accessed.forEach(
          (id, count) ->
              database.computeIfPresent(
                  id, (key, m) -> m.toBuilder().accessCount(m.accessCount() + count).build()));
      hot.accessed(APP, accessed, NOW, written);
    }

    assertThat(lookups).isEqualTo(3 * 50 * 30);
    assertThat(misses).isZero();
    List<String> missing = new ArrayList<>();
    assertThat(hot.lookup(APP, database.keySet(), NOW, missing))
        .extracting(Memory::accessCount)
        .containsExactlyInAnyOrderElementsOf(
            database.values().stream().map(Memory::accessCount).toList());
  }
}
