package dev.engram.memory.history;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.store.MemoryStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the evolution chain of a memory from the store and the event log: walks {@code previous_id}
 * back to the original and {@code next_id} forward to the newest version, whichever member it
 * starts from. Links to another user's memory, a missing or expired memory, a cycle, or a chain
 * longer than {@link #MAX_CHAIN} end the walk there; a {@code previous_id} whose version is no
 * longer stored (pruned by retention) is reported as the chain's {@code prunedPreviousId}.
 */
@Singleton
public class EvolutionHistory {
  /** Most versions a chain holds; longer chains are cut (and marked truncated). */
  public static final int MAX_CHAIN = 1000;

  private final MemoryStore store;
  private final Clock clock;

  public EvolutionHistory(MemoryStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The chain through memory {@code id} of the app; not found like any other read. */
  public EvolutionChain chain(String appId, String id) {
    return chain(appId, id, MAX_CHAIN);
  }

  EvolutionChain chain(String appId, String id, int maxVersions) {
    Instant now = clock.instant();
    Memory start = store.find(appId, id, now).orElseThrow(() -> MemoryException.notFound(id));
    Set<String> seen = new HashSet<>();
    seen.add(start.id());
    Deque<Memory> members = new ArrayDeque<>();
    members.add(start);
    boolean truncated = false;
    String prunedPreviousId = null;

    Memory cursor = start;
    while (cursor.previousId() != null) {
      if (members.size() >= maxVersions || seen.contains(cursor.previousId())) {
        truncated = true;
        break;
      }
      Optional<Memory> previous = store.find(appId, cursor.previousId(), now);
      if (previous.isEmpty()) {
        prunedPreviousId = cursor.previousId();
        break;
      }
      if (!previous.get().userId().equals(start.userId())) {
        break;
      }
      cursor = previous.get();
      seen.add(cursor.id());
      members.addFirst(cursor);
    }
    cursor = start;
    while (cursor.nextId() != null) {
      if (members.size() >= maxVersions || seen.contains(cursor.nextId())) {
        truncated = true;
        break;
      }
      Optional<Memory> next = link(appId, cursor.nextId(), start.userId(), now);
      if (next.isEmpty()) {
        break;
      }
      cursor = next.get();
      seen.add(cursor.id());
      members.addLast(cursor);
    }

    List<EvolutionChain.Version> versions = new ArrayList<>(members.size());
    for (Memory memory : members) {
      versions.add(new EvolutionChain.Version(memory, store.events(appId, memory.id())));
    }
    return new EvolutionChain(id, versions, truncated, prunedPreviousId);
  }

  /** The report of the chain through memory {@code id}: timeline, counts, current state. */
  public EvolutionReport report(String appId, String id) {
    return EvolutionReport.of(chain(appId, id));
  }

  private Optional<Memory> link(String appId, String id, String userId, Instant now) {
    return store.find(appId, id, now).filter(m -> m.userId().equals(userId));
  }
}
