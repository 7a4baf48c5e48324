package dev.engram.tenancy.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The session-relevant state of recently seen users (token version, active), by user id, so
 * checking a console token on every request does not cost a database read. An entry lives {@link
 * #TTL} from its load (another instance's change is seen within it); this instance's changes call
 * {@link #invalidate()} after they commit, which also makes entries loaded before that moment
 * unusable (a request that read the old row just before the commit cannot keep it).
 */
final class SessionCache {
  static final Duration TTL = Duration.ofSeconds(10);
  private static final int MAX_ENTRIES = 10_000;

  /** What a token check needs to know of a user. */
  record State(String username, int tokenVersion, boolean active, Instant changedAt) {}

  private record Entry(State state, long loadedAt, long generation) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  long generation() {
    return generation.get();
  }

  Optional<State> get(String userId) {
    Entry entry = entries.get(userId);
    if (entry == null
        || entry.generation() != generation.get()
        || System.nanoTime() - entry.loadedAt() > TTL.toNanos()) {
      return Optional.empty();
    }
    return Optional.of(entry.state());
  }

  void put(String userId, State state, long loadedIn) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(userId, new Entry(state, System.nanoTime(), loadedIn));
  }

  void invalidate() {
    generation.incrementAndGet();
    entries.clear();
  }
}
