package dev.engram.memory.store;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.testing.Memories;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store under test, a fresh app per test and test-data helpers shared by the parts of {@link
 * MemoryStoreContract}. Instants carry microseconds, the precision every store keeps.
 */
public abstract class MemoryStoreFixture {
  /** A base instant with microseconds, like the ones PostgreSQL keeps. */
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

  /** "Now" of every read: after every creation time the tests use. */
  protected static final Instant NOW = T0.plus(Duration.ofDays(30));

  /** A fresh app id for each test, so tests never see each other's data. */
  protected String app;

  /** The store under test; the same instance for the whole test class is fine. */
  protected abstract MemoryStore store();

  /**
   * What the store keeps of the app, seen below its API: each table, collection or search index
   * that holds something of the app, with how many rows or documents of the app it holds (an app's
   * own collection or index is listed even when empty). Empty when nothing of the app is left.
   */
  protected abstract Map<String, Long> storage(String appId);

  @BeforeEach
  void createFreshApp() {
    app = newAppId();
    store().createApp(app);
  }

  protected static String newAppId() {
    return "app" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** An active memory with a fixed id created {@code minutes} after {@link #T0}. */
  protected static Memory.Builder memory(String id, String userId, int minutes) {
    Instant at = T0.plus(Duration.ofMinutes(minutes));
    return Memories.memory(userId, "statement " + id, at).id(id);
  }

  protected static MemoryEvent event(String id, Memory memory, EventType type, Instant at) {
    return new MemoryEvent(
        id, memory.id(), memory.userId(), type, "tester", null, List.of(), Map.of(), at);
  }

  protected void insert(Memory... memories) {
    store().insert(app, List.of(memories), List.of());
  }

  /** Ids of every match of the filter, oldest first. */
  protected List<String> ids(MemoryFilter filter) {
    return ids(
        store()
            .list(
                app,
                filter,
                new MemoryFilter.Sort(MemoryFilter.SortKey.CREATED_AT, false),
                1000,
                0,
                NOW));
  }

  protected static List<String> ids(MemoryFilter.Page page) {
    return page.memories().stream().map(Memory::id).toList();
  }

  protected static List<String> ids(List<Memory> memories) {
    return memories.stream().map(Memory::id).toList();
  }
}
