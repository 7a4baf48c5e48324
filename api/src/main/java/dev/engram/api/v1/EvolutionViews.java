package dev.engram.api.v1;

import dev.engram.api.v1.MemoryViews.MemoryView;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.history.EvolutionChain;
import dev.engram.memory.history.EvolutionReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Response bodies of the evolution views: chain and JSON report. */
final class EvolutionViews {
  private EvolutionViews() {}

  /**
   * The event that created a version.
   *
   * @param action ADD, UPDATE (a superseding write or an edit) or IMPORT
   * @param reason why, when recorded
   * @param engine the engine that decided ({@code rules}, {@code llm}), for resolved writes
   * @param actor who wrote it
   * @param at when
   */
  @Serdeable
  record MadeByView(
      String action, @Nullable String reason, @Nullable String engine, String actor, Instant at) {
    static @Nullable MadeByView of(EvolutionChain.Version v) {
      MemoryEvent e = v.origin().orElse(null);
      return e == null
          ? null
          : new MadeByView(e.type().name(), e.reason(), v.engine(), e.actor(), e.at());
    }
  }

  /** One version of a chain. */
  @Serdeable
  record VersionView(
      int position,
      String id,
      String status,
      String content,
      @Nullable Instant validFrom,
      @Nullable Instant validTo,
      @Nullable String previousId,
      @Nullable String nextId,
      int reinforcementCount,
      Instant createdAt,
      long version,
      @Nullable MadeByView madeBy) {
    static List<VersionView> of(EvolutionChain chain) {
      List<VersionView> out = new ArrayList<>();
      for (int i = 0; i < chain.versions().size(); i++) {
        EvolutionChain.Version v = chain.versions().get(i);
        var m = v.memory();
        out.add(
            new VersionView(
                i + 1,
                m.id(),
                m.status().value(),
                m.content(),
                m.validFrom(),
                m.validTo(),
                m.previousId(),
                m.nextId(),
                m.reinforcementCount(),
                m.createdAt(),
                m.version(),
                MadeByView.of(v)));
      }
      return out;
    }
  }

  /**
   * The evolution chain through a memory.
   *
   * @param memoryId the memory asked for
   * @param currentId the newest version
   * @param length number of versions
   * @param truncated the chain was longer than 1,000 versions or looped, and was cut
   * @param prunedPreviousId the version before the oldest one here, removed by retention; null when
   *     the chain starts at its original
   * @param versions oldest first
   */
  @Serdeable
  record ChainView(
      String memoryId,
      String currentId,
      int length,
      boolean truncated,
      @Nullable String prunedPreviousId,
      List<VersionView> versions) {
    static ChainView of(EvolutionChain chain) {
      return new ChainView(
          chain.requestedId(),
          chain.current().memory().id(),
          chain.versions().size(),
          chain.truncated(),
          chain.prunedPreviousId(),
          VersionView.of(chain));
    }
  }

  @Serdeable
  record CountsView(
      int versions, int events, int reinforcements, int updates, int deletes, int skips) {
    static CountsView of(EvolutionReport.Counts c) {
      return new CountsView(
          c.versions(), c.events(), c.reinforcements(), c.updates(), c.deletes(), c.skips());
    }
  }

  @Serdeable
  record EntryView(
      Instant at,
      int version,
      String memoryId,
      String type,
      String actor,
      @Nullable String reason,
      @Nullable String engine) {
    static EntryView of(EvolutionReport.Entry e) {
      return new EntryView(
          e.at(), e.version(), e.memoryId(), e.type().name(), e.actor(), e.reason(), e.engine());
    }
  }

  /**
   * The evolution report as JSON.
   *
   * @param memoryId the memory asked for
   * @param current the newest version, in full
   * @param counts versions and changes of each kind
   * @param versions the chain, oldest first
   * @param timeline every event of every version, oldest first
   * @param truncated the chain was cut
   * @param prunedPreviousId the version before the oldest one here, removed by retention; null when
   *     the chain starts at its original
   */
  @Serdeable
  record ReportView(
      String memoryId,
      MemoryView current,
      CountsView counts,
      List<VersionView> versions,
      List<EntryView> timeline,
      boolean truncated,
      @Nullable String prunedPreviousId) {
    static ReportView of(EvolutionReport report) {
      return new ReportView(
          report.chain().requestedId(),
          MemoryView.of(report.current()),
          CountsView.of(report.counts()),
          VersionView.of(report.chain()),
          report.timeline().stream().map(EntryView::of).toList(),
          report.chain().truncated(),
          report.chain().prunedPreviousId());
    }
  }
}
