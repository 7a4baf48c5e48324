package dev.engram.memory.history;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happened to a memory over its whole chain: every event in time order, counts, and the
 * current state.
 *
 * @param chain the chain the report is about
 * @param timeline every event of every version, oldest first
 * @param counts how many versions and changes of each kind
 */
public record EvolutionReport(EvolutionChain chain, List<Entry> timeline, Counts counts) {
  public EvolutionReport {
    requireNonNull(chain, "chain is null");
    timeline = List.copyOf(requireNonNull(timeline, "timeline is null"));
    requireNonNull(counts, "counts is null");
  }

  /** The newest version. */
  public Memory current() {
    return chain.current().memory();
  }

  /**
   * One timeline entry.
   *
   * @param at when
   * @param version 1-based position of the version in the chain
   * @param memoryId the version's memory id
   * @param type what happened
   * @param actor who did it (an API key id, {@code system}, …)
   * @param reason why, when recorded
   * @param engine which engine decided ({@code rules}, {@code llm}), for resolved writes
   */
  public record Entry(
      Instant at,
      int version,
      String memoryId,
      EventType type,
      String actor,
      @Nullable String reason,
      @Nullable String engine) {}

  /**
   * Counts over the chain.
   *
   * @param versions versions in the chain
   * @param events events in the timeline
   * @param reinforcements times a statement was seen again (REINFORCE events)
   * @param updates changes: supersessions and in-place edits (UPDATE events, one per change)
   * @param deletes deletions
   * @param skips statements skipped as redundant, recorded on the chain's memories
   */
  public record Counts(
      int versions, int events, int reinforcements, int updates, int deletes, int skips) {}

  /** The report of a chain. */
  public static EvolutionReport of(EvolutionChain chain) {
    List<Entry> timeline = new ArrayList<>();
    int reinforcements = 0;
    int updates = 0;
    int deletes = 0;
    int skips = 0;
    List<EvolutionChain.Version> versions = chain.versions();
    for (int i = 0; i < versions.size(); i++) {
      for (MemoryEvent e : versions.get(i).events()) {
        Object engine = e.details().get("engine");
        timeline.add(
            new Entry(
                e.at(),
                i + 1,
                e.memoryId(),
                e.type(),
                e.actor(),
                e.reason(),
                engine == null ? null : engine.toString()));
        boolean supersededSide = e.details().containsKey("superseded_by");
        switch (e.type()) {
          case REINFORCE -> reinforcements++;
          case UPDATE -> updates += supersededSide ? 0 : 1;
          case DELETE -> deletes++;
          case SKIP -> skips++;
          case ADD, EXPIRE, IMPORT, RELATE -> {}
        }
      }
    }
    timeline.sort(Comparator.comparing(Entry::at).thenComparingInt(Entry::version));
    return new EvolutionReport(
        chain,
        timeline,
        new Counts(versions.size(), timeline.size(), reinforcements, updates, deletes, skips));
  }
}
