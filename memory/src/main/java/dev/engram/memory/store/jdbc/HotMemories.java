package dev.engram.memory.store.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.engram.memory.Memory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded cache of decoded memories for the store's reads by id (the re-read of a search's
 * candidates), so that a hot memory is not fetched and decoded from the database on every search.
 * Only for a database that one process owns (the embedded H2): a write of another process would not
 * reach it.
 *
 * <p>Never stale, by three rules:
 *
 * <ol>
 *   <li>a write removes the memories it changes at once and again once its transaction has
 *       committed ({@link #changed}); a rolled-back write leaves the committed row, which is what a
 *       later read caches;
 *   <li>reads inside a transaction neither use nor fill the cache (they may see that transaction's
 *       own uncommitted rows);
 *   <li>a read fills the cache only with rows it read while no write committed: it notes the {@link
 *       #epoch()} before it reads, and removes what it added when the epoch moved meanwhile ({@link
 *       #fill}) — every commit moves the epoch before it removes its memories, so one of the two
 *       removals comes after the read's addition.
 * </ol>
 *
 * Accesses ({@code access_count}, {@code last_accessed_at}) are applied to the cached copies the
 * same way the database applies them, so that recording reads does not empty the cache.
 */
final class HotMemories {
  private record Key(String appId, String id) {}

  private final Cache<Key, Memory> cache;
  private final AtomicLong epoch = new AtomicLong();

  HotMemories(int maximumSize) {
    this.cache = Caffeine.newBuilder().maximumSize(maximumSize).build();
  }

  /** The number of commits seen so far; a read notes it before it goes to the database. */
  long epoch() {
    return epoch.get();
  }

  /**
   * Cached memories with these ids that are not expired at {@code now}; the ids it has none for are
   * added to {@code missing}.
   */
  List<Memory> lookup(String appId, Collection<String> ids, Instant now, List<String> missing) {
    List<Memory> found = new ArrayList<>(ids.size());
    for (String id : ids) {
      Memory memory = cache.getIfPresent(new Key(appId, id));
      if (memory == null) {
        missing.add(id);
      } else if (memory.expiresAt() == null || memory.expiresAt().isAfter(now)) {
        found.add(memory);
      }
    }
    return found;
  }

  /** Adds memories read from the database since {@code epochBefore}; see the class comment. */
  void fill(String appId, List<Memory> read, long epochBefore) {
    if (epoch.get() != epochBefore) {
      return;
    }
    for (Memory memory : read) {
      cache.put(new Key(appId, memory.id()), memory);
    }
    if (epoch.get() != epochBefore) {
      for (Memory memory : read) {
        cache.invalidate(new Key(appId, memory.id()));
      }
    }
  }

  /** Removes the memories a write changes (at the write, and again once it committed). */
  void changed(String appId, Collection<String> ids) {
    epoch.incrementAndGet();
    for (String id : ids) {
      cache.invalidate(new Key(appId, id));
    }
  }

  /** Removes every memory of the app (an app or a user erased). */
  void changedApp(String appId) {
    epoch.incrementAndGet();
    cache.asMap().keySet().removeIf(key -> key.appId().equals(appId));
  }

  /**
   * Applies committed accesses to the cached copies as the database did: the count added, the last
   * access moved to {@code at} unless it is later already.
   */
  void accessed(String appId, Map<String, Integer> counts, Instant at) {
    epoch.incrementAndGet();
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      cache
          .asMap()
          .computeIfPresent(
              new Key(appId, entry.getKey()),
              (key, memory) ->
                  memory.toBuilder()
                      .accessCount(memory.accessCount() + entry.getValue())
                      .lastAccessedAt(
                          memory.lastAccessedAt() == null || memory.lastAccessedAt().isBefore(at)
                              ? at
                              : memory.lastAccessedAt())
                      .build());
    }
  }

  /** How many memories it holds (tests, metrics). */
  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
