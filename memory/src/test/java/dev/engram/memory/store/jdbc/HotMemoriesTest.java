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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cache of hot memories: filled by reads outside transactions, never stale after a committed or
 * rolled-back write, updated by recorded accesses, and never filled by a read that overlapped a
 * commit.
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

    Memory cached = store.find(APP, "m1", NOW).orElseThrow();
    assertThat(cached.accessCount()).isEqualTo(4);
    assertThat(cached.lastAccessedAt()).isEqualTo(at.minusNanos(789));
    // what the database holds is what the cache holds
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
}
