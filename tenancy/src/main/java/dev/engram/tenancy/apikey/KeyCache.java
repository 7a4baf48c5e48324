package dev.engram.tenancy.apikey;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recently authenticated keys by hash, so a busy client does not cost a database read per request.
 * Entries live {@link #TTL}; revoking or rotating a key, or deleting an app, clears the cache of
 * this instance at once (other instances see it within the TTL).
 */
final class KeyCache {
  static final Duration TTL = Duration.ofSeconds(10);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(ApiKey key, long loadedAt) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  Optional<ApiKey> get(String hash) {
    Entry entry = entries.get(hash);
    if (entry == null || System.nanoTime() - entry.loadedAt() > TTL.toNanos()) {
      return Optional.empty();
    }
    return Optional.of(entry.key());
  }

  void put(String hash, ApiKey key) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(hash, new Entry(key, System.nanoTime()));
  }

  void clear() {
    entries.clear();
  }
}
