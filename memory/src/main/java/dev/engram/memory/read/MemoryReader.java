package dev.engram.memory.read;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryMetrics;
import dev.engram.memory.Relation;
import dev.engram.memory.store.MemoryStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads by id, listings, the event log and relations of memories. */
@Singleton
public class MemoryReader {
  public static final int MAX_PAGE = 1000;

  private final MemoryStore store;
  private final Clock clock;
  private final MemoryMetrics metrics;
  private final @Nullable AccessRecorder accesses;

  /** A reader that counts no accesses. */
  public MemoryReader(MemoryStore store, Clock clock, @Nullable MeterRegistry registry) {
    this(store, clock, registry, null);
  }

  @Inject
  public MemoryReader(
      MemoryStore store,
      Clock clock,
      @Nullable MeterRegistry registry,
      @Nullable AccessRecorder accesses) {
    this.store = store;
    this.clock = clock;
    this.metrics = new MemoryMetrics(registry);
    this.accesses = accesses;
  }

  /**
   * A memory read by a client ({@code GET /v1/memories/{id}}): like {@link #get}, and counted as an
   * access (asynchronously; the returned memory shows the count before this read).
   */
  public Memory read(String appId, String id) {
    Memory memory = get(appId, id);
    if (accesses != null) {
      accesses.record(appId, List.of(memory.id()));
    }
    return memory;
  }

  /** A memory of the app (any status); absent or expired ones are "not found". */
  public Memory get(String appId, String id) {
    return metrics.time(
        "get",
        appId,
        () ->
            store.find(appId, id, clock.instant()).orElseThrow(() -> MemoryException.notFound(id)));
  }

  public MemoryFilter.Page list(
      String appId, MemoryFilter filter, MemoryFilter.Sort sort, int limit, int offset) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw MemoryException.invalid("limit", "must be between 1 and " + MAX_PAGE);
    }
    if (offset < 0) {
      throw MemoryException.invalid("offset", "must not be negative");
    }
    return metrics.time(
        "list", appId, () -> store.list(appId, filter, sort, limit, offset, clock.instant()));
  }

  /** The history of a memory, oldest first. */
  public List<MemoryEvent> events(String appId, String id) {
    get(appId, id);
    return store.events(appId, id);
  }

  /** A relation seen from one memory, with the memory at its other end. */
  public record Related(Relation relation, String direction, Memory memory) {}

  /** Memories related to this one, in either direction, that still exist. */
  public List<Related> related(String appId, String id) {
    get(appId, id);
    Instant now = clock.instant();
    List<Relation> relations = store.relations(appId, id);
    List<String> others =
        relations.stream()
            .map(r -> r.fromId().equals(id) ? r.toId() : r.fromId())
            .distinct()
            .toList();
    Map<String, Memory> byId =
        store.findAll(appId, others, now).stream()
            .collect(Collectors.toMap(Memory::id, Function.identity()));
    return relations.stream()
        .filter(r -> byId.containsKey(r.fromId().equals(id) ? r.toId() : r.fromId()))
        .map(
            r ->
                r.fromId().equals(id)
                    ? new Related(r, "outgoing", byId.get(r.toId()))
                    : new Related(r, "incoming", byId.get(r.fromId())))
        .toList();
  }
}
