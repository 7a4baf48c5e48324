package dev.engram.memory.history;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * The evolution chain of a memory: every version from the original to the current one, oldest
 * first, following {@code previous_id} / {@code next_id}.
 *
 * @param requestedId the member the chain was asked for
 * @param versions the versions, oldest first, each with its events
 * @param truncated true when the chain was longer than {@link EvolutionHistory#MAX_CHAIN} or looped
 *     back on itself, and was cut there
 * @param prunedPreviousId the id of the version before the oldest one here when that version is no
 *     longer stored (removed by retention, or expired); null when the chain starts at its original
 */
public record EvolutionChain(
    String requestedId,
    List<Version> versions,
    boolean truncated,
    @Nullable String prunedPreviousId) {

  /** A chain that starts at its original version. */
  public EvolutionChain(String requestedId, List<Version> versions, boolean truncated) {
    this(requestedId, versions, truncated, null);
  }

  public EvolutionChain {
    requireNonNull(requestedId, "requestedId is null");
    versions = List.copyOf(requireNonNull(versions, "versions is null"));
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a chain has at least one version");
    }
  }

  /** Whether older versions of this chain were pruned (see {@link #prunedPreviousId}). */
  public Optional<String> pruned() {
    return Optional.ofNullable(prunedPreviousId);
  }

  /** The newest version (the active one unless the chain ends in a deletion). */
  public Version current() {
    return versions.getLast();
  }

  /**
   * One version of the chain.
   *
   * @param memory the memory as stored now
   * @param events its events, oldest first
   */
  public record Version(Memory memory, List<MemoryEvent> events) {
    public Version {
      requireNonNull(memory, "memory is null");
      events = List.copyOf(requireNonNull(events, "events is null"));
    }

    /** The event that created this version (ADD, UPDATE of a superseding write, IMPORT). */
    public Optional<MemoryEvent> origin() {
      return events.stream()
          .filter(e -> !e.details().containsKey("superseded_by"))
          .filter(
              e ->
                  switch (e.type()) {
                    case ADD, UPDATE, IMPORT -> true;
                    case DELETE, REINFORCE, SKIP, EXPIRE, RELATE -> false;
                  })
          .findFirst();
    }

    /** The engine that made this version ({@code rules}, {@code llm}, …), when it was resolved. */
    public @Nullable String engine() {
      return origin().map(e -> e.details().get("engine")).map(Object::toString).orElse(null);
    }
  }
}
