package dev.engram.tenancy.apikey;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recently loaded keys by hash, so a busy client does not cost a database read per request.
 *
 * <p>An entry lives {@link #TTL} from the moment it was read from the database; using it does not
 * extend it, so another instance's revocation is seen within the TTL. On this instance, {@link
 * #invalidate()} runs after a revocation, rotation or app deletion commits. It moves the cache to a
 * new generation: an entry is served only in the generation it was loaded in, so a request that
 * read the old row just before the commit and stores it just after cannot bring the revoked key
 * back.
 */
final class KeyCache {
  static final Duration TTL = Duration.ofSeconds(10);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(ApiKey key, long loadedAt, long generation) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** The generation to pass to {@link #put}; read it before reading the database. */
  long generation() {
    return generation.get();
  }

  Optional<ApiKey> get(String hash) {
    Entry entry = entries.get(hash);
    if (entry == null
        || entry.generation() != generation.get()
        || System.nanoTime() - entry.loadedAt() > TTL.toNanos()) {
      return Optional.empty();
    }
    return Optional.of(entry.key());
  }

  /** Keeps a key read from the database while the cache was in generation {@code loadedIn}. */
  void put(String hash, ApiKey key, long loadedIn) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(hash, new Entry(key, System.nanoTime(), loadedIn));
  }

  /** Replaces the cached copy (e.g. a newer last-use time) without extending its life. */
  void refresh(String hash, ApiKey key) {
    entries.computeIfPresent(hash, (h, e) -> new Entry(key, e.loadedAt(), e.generation()));
  }

  /** Forgets every key: none loaded before this call is served again. */
  void invalidate() {
    generation.incrementAndGet();
    entries.clear();
  }
}
