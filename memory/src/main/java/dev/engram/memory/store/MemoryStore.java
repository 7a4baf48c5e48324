package dev.engram.memory.store;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Relation;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Durable home of memories, their event log and their relations, per app. Every method takes the
 * app id; reads that select memories take a {@link MemoryFilter} whose user id the store adds to
 * its query (users are isolated by filter, apps by collection or partition key).
 *
 * <p>A memory reads back as it was written, except its embedding, which a store keeps at least to
 * half precision (the JDBC store keeps half precision: 11 significant bits per value).
 *
 * <p>Implementations: JDBC (H2, PostgreSQL) and MongoDB. {@code MemoryStoreContract} in the
 * test-jar is the behaviour every implementation must pass.
 */
public interface MemoryStore {
  /** Short name for health and logs: {@code jdbc}, {@code mongodb}. */
  String name();

  /**
   * Runs {@code work} as one unit of work: on a transactional store, one transaction that every
   * write of this store (and of the task repository) inside it joins, committed when the work
   * returns — durable before the caller answers — and rolled back when it throws. Units of work
   * nest (an inner one joins the outer). A store without transactions (MongoDB) runs the work as it
   * is; each of its writes is atomic on its own.
   */
  default <T> T inUnitOfWork(Supplier<T> work) {
    return work.get();
  }

  /**
   * Whether a unit of work begun now is a transaction of its own (not joined to an outer one) that
   * rolls back whole when it throws, so that it can simply be run again.
   */
  default boolean unitOfWorkRollsBack() {
    return false;
  }

  /**
   * Runs {@code action} once the current unit of work is committed (at once outside one), never
   * when it rolls back: indexing and observers of committed changes go here.
   */
  default void afterCommit(Runnable action) {
    action.run();
  }

  /** Prepares storage for a new app (collections, indexes). Idempotent. */
  void createApp(String appId);

  /** Removes every memory, event and relation of the app. */
  void dropApp(String appId);

  /** Stores new memories and their events atomically per memory. Ids must be new. */
  void insert(String appId, List<Memory> memories, List<MemoryEvent> events);

  /** A memory by id in any status, expired ones excluded; empty when absent or of another app. */
  Optional<Memory> find(String appId, String id, Instant now);

  /** The memories with these ids (any status, expired excluded), in no particular order. */
  List<Memory> findAll(String appId, Collection<String> ids, Instant now);

  /**
   * Replaces a memory if its stored version is {@code expectedVersion}; the replacement carries
   * {@code expectedVersion + 1}. Appends the event in the same unit of work. The counters stay as
   * stored ({@code access_count} and {@code last_accessed_at}, moved by {@link #recordAccess};
   * {@code feedback_balance}, moved by {@link #recordFeedback}), so a copy read before a count
   * cannot write the older count back.
   *
   * @return false when the stored version differs (a concurrent change) or the memory is gone
   */
  boolean update(String appId, Memory replacement, long expectedVersion, MemoryEvent event);

  /** A page of the memories the filter selects, in the given order. */
  MemoryFilter.Page list(
      String appId,
      MemoryFilter filter,
      MemoryFilter.Sort sort,
      int limit,
      int offset,
      Instant now);

  /** Erases every memory, event and relation of one user; returns the erased memory ids. */
  List<String> deleteUser(String appId, String userId);

  /** Events of one memory, oldest first. */
  List<MemoryEvent> events(String appId, String memoryId);

  /** Appends an event that changes no memory (SKIP, RELATE, …). */
  void appendEvent(String appId, MemoryEvent event);

  /** Records a relation; recording the same (from, to, type) twice keeps one. */
  void addRelation(String appId, Relation relation);

  /** Relations from or to the memory. */
  List<Relation> relations(String appId, String memoryId);

  /**
   * The entities ({@link dev.engram.memory.entity.Entities}) that the user's active, unexpired
   * memories name, with how many name each: most memories first, then by key; only those of {@code
   * kind} when it is given; at most {@code limit}. A store links a memory to the entities of its
   * content when it inserts or updates it; a memory that is no longer active has no links.
   */
  List<EntityCount> entities(
      String appId, String userId, @Nullable EntityKind kind, int limit, Instant now);

  /**
   * Ids of the user's active, unexpired memories that name the entity with this key, newest first,
   * at most {@code limit}.
   */
  List<String> memoriesNaming(
      String appId, String userId, String entityKey, int limit, Instant now);

  /**
   * Links the memories to the entities of their content again, replacing their links (reindex: for
   * memories stored before the entity layer). Memories that are gone are ignored.
   */
  void relinkEntities(String appId, List<Memory> memories);

  /** Visits every memory of the app (all statuses, expired included), for reindex and export. */
  void forEach(String appId, Consumer<Memory> consumer);

  /** Visits every event of the app, oldest first, for export. */
  void forEachEvent(String appId, Consumer<MemoryEvent> consumer);

  /**
   * Counts reads: adds each count to the memory's {@code access_count} and moves its {@code
   * last_accessed_at} to {@code at} unless it is already later. Leaves {@code version} and {@code
   * updated_at} unchanged (an access is not a change: it neither conflicts with a concurrent update
   * nor makes the index catch up). Ids that do not exist are ignored. Called in batches by the
   * access recorder, off the request path.
   */
  void recordAccess(String appId, Map<String, Integer> counts, Instant at);

  /**
   * Adds {@code delta} to the memory's {@code feedback_balance}, kept within ±{@link
   * Memory#FEEDBACK_BALANCE_LIMIT}. Like an access, leaves {@code version} and {@code updated_at}
   * unchanged. An id that does not exist is ignored.
   */
  void recordFeedback(String appId, String memoryId, int delta);

  /** Memories changed at or after the instant (index catch-up after a crash). */
  List<Memory> changedSince(String appId, Instant since);

  /** Hard-deletes up to {@code limit} memories whose time to live ended; returns their ids. */
  List<String> purgeExpired(String appId, Instant now, int limit);

  /**
   * Hard-deletes up to {@code limit} superseded versions and deleted memories (status {@code
   * superseded} or {@code deleted}) last changed before {@code before}, oldest first, with their
   * events and relations; returns their ids. Active memories are never pruned, and the newer
   * version keeps its {@code previous_id} (the evolution views report the pruned one). Retention
   * calls it in batches.
   */
  List<String> pruneVersions(String appId, Instant before, int limit);

  /**
   * Hard-deletes up to {@code limit} events of the app recorded before {@code before}, oldest
   * first; returns how many. The memories stay.
   */
  int pruneEvents(String appId, Instant before, int limit);

  /**
   * How much the app holds, for quotas: active memories, and the bytes of {@link #sizeOf} of every
   * stored version. This default visits every memory; stores answer it with one query where they
   * can.
   */
  default StoreUsage usage(String appId) {
    long[] totals = new long[2];
    forEach(
        appId,
        m -> {
          if (m.status() == MemoryStatus.ACTIVE) {
            totals[0]++;
          }
          totals[1] += sizeOf(m);
        });
    return new StoreUsage(totals[0], totals[1]);
  }

  /**
   * The bytes a memory counts against storage quotas: UTF-8 text of content, context, tags,
   * metadata.
   */
  static long sizeOf(Memory memory) {
    return sizeOf(memory.content(), memory.context(), memory.tags(), memory.metadata());
  }

  /** {@link #sizeOf(Memory)} from the fields it counts, for stores that read only those. */
  static long sizeOf(
      @Nullable String content,
      @Nullable String context,
      List<String> tags,
      Map<String, Object> metadata) {
    return utf8(content)
        + utf8(context)
        + utf8(String.join(",", tags))
        + utf8(String.valueOf(metadata));
  }

  private static long utf8(@Nullable String text) {
    return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
  }
}
