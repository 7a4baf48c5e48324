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
 * same way the database applies them, so that recording reads does not empty the cache (removing
 * them instead would make every memory a search returned a miss after each flush of the accesses).
 * Adding is not idempotent as removing is: a read that fetched the row after the access committed
 * but before {@link #accessed} ran holds the access already, and adding it again would put the
 * cached count ahead of the stored one. So a copy keeps the epoch its read noted, the access moves
 * the epoch before its transaction commits ({@link #accessing}), and {@link #accessed} adds it only
 * to copies whose read noted an earlier epoch (their fill found that epoch unmoved after the read,
 * so the read came before the move and the commit) and removes the others (read before or after the
 * commit: they may hold it). Removals ({@link #changed}) are idempotent and need no such care.
 */
final class HotMemories {
  private record Key(String appId, String id) {}

  /** A cached memory and the epoch its read noted before it went to the database. */
  private record Entry(Memory memory, long read) {}

  private final Cache<Key, Entry> cache;
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
      Entry entry = cache.getIfPresent(new Key(appId, id));
      if (entry == null) {
        missing.add(id);
      } else if (entry.memory().expiresAt() == null || entry.memory().expiresAt().isAfter(now)) {
        found.add(entry.memory());
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
      cache.put(new Key(appId, memory.id()), new Entry(memory, epochBefore));
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
   * Notes accesses about to be written, before their transaction commits; returns what their {@link
   * #accessed} needs once it has committed.
   */
  long accessing() {
    return epoch.incrementAndGet();
  }

  /**
   * Applies committed accesses, noted by {@link #accessing} (which returned {@code written}) before
   * their commit, to the cached copies read before that, as the database did: the count added, the
   * last access moved to {@code at} unless it is later already. A copy read since is removed: it
   * may hold them already.
   */
  void accessed(String appId, Map<String, Integer> counts, Instant at, long written) {
    epoch.incrementAndGet();
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      cache
          .asMap()
          .computeIfPresent(
              new Key(appId, count.getKey()),
              (key, entry) ->
                  entry.read() < written
                      ? new Entry(withAccess(entry.memory(), count.getValue(), at), entry.read())
                      : null);
    }
  }

  private static Memory withAccess(Memory memory, int count, Instant at) {
    return memory.toBuilder()
        .accessCount(memory.accessCount() + count)
        .lastAccessedAt(
            memory.lastAccessedAt() == null || memory.lastAccessedAt().isBefore(at)
                ? at
                : memory.lastAccessedAt())
        .build();
  }

  /** How many memories it holds (tests, metrics). */
  long size() {
    cache.cleanUp();
    return cache.estimatedSize();
  }
}
