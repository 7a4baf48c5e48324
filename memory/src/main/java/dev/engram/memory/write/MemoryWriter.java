package dev.engram.memory.write;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.MemoryMetrics;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Relation;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.IndexDocument;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write paths of the engine: add (one or a batch, embedded together), update, delete, erase a
 * user, relate — and the one mutation path every other writer uses too (the resolving {@code
 * MemoryEvolver}, conversation ingestion): {@link #build}, {@link #insert}, {@link #replace},
 * {@link #recordEvent} inside {@link #inUnitOfWork}, then {@link #indexQuietly}. The store is
 * written first and is the source of truth; the index follows once the unit of work is committed
 * (never with changes a rollback undid), and an index failure never loses an accepted memory (the
 * index catches up from the store).
 */
@Singleton
public class MemoryWriter {
  private static final Logger LOG = LoggerFactory.getLogger(MemoryWriter.class);
  private static final Pattern RELATION_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  private final MemoryStore store;
  private final MemoryIndex index;
  private final Embedder embedder;
  private final MemoryValidator validator;
  private final Clock clock;
  private final MemoryMetrics metrics;

  public MemoryWriter(
      MemoryStore store,
      MemoryIndex index,
      Embedder embedder,
      MemoryLimits limits,
      Clock clock,
      @Nullable MeterRegistry registry) {
    this.store = store;
    this.index = index;
    this.embedder = embedder;
    this.validator = new MemoryValidator(limits);
    this.clock = clock;
    this.metrics = new MemoryMetrics(registry);
  }

  public MemoryValidator validator() {
    return validator;
  }

  /** Validates the whole batch, embeds it in one call, stores it, indexes it. */
  public List<Memory> add(String appId, String actor, List<NewMemory> batch) {
    return metrics.time(
        "add",
        appId,
        () -> {
          validateBatch(batch);
          List<float[]> vectors =
              embed(
                  batch.stream().map(m -> Memory.retrievalText(m.content(), m.context())).toList());
          Instant now = clock.instant();
          List<Memory> memories = new ArrayList<>(batch.size());
          List<MemoryEvent> events = new ArrayList<>(batch.size());
          for (int i = 0; i < batch.size(); i++) {
            Memory memory = build(batch.get(i), vectors.get(i), now);
            memories.add(memory);
            events.add(event(memory, EventType.ADD, actor, null, List.of(), Map.of(), now));
          }
          insert(appId, memories, events);
          indexQuietly(appId, memories);
          return memories;
        });
  }

  /** Checks a batch before anything is embedded or stored: size and every memory. */
  public void validateBatch(List<NewMemory> batch) {
    if (batch == null || batch.isEmpty()) {
      throw MemoryException.invalid("memories", "must hold at least one memory");
    }
    if (batch.size() > validator.limits().maxBatch()) {
      throw new MemoryException(
          MemoryErrorCode.BATCH_TOO_LARGE,
          "memories: at most "
              + validator.limits().maxBatch()
              + " per request (got "
              + batch.size()
              + ")",
          "memories",
          null);
    }
    for (int i = 0; i < batch.size(); i++) {
      validator.validate(batch.get(i), batch.size() == 1 ? "" : "memories[" + i + "].");
    }
  }

  /** Applies a partial update as a new version of the same memory. */
  public Memory update(String appId, String actor, String id, MemoryPatch patch) {
    return metrics.time(
        "update",
        appId,
        () -> {
          Instant now = clock.instant();
          Memory current =
              store.find(appId, id, now).orElseThrow(() -> MemoryException.notFound(id));
          if (patch.expectedVersion() != null && patch.expectedVersion() != current.version()) {
            throw new MemoryException(
                MemoryErrorCode.VERSION_CONFLICT,
                "memory "
                    + id
                    + " is at version "
                    + current.version()
                    + ", not "
                    + patch.expectedVersion());
          }
          Memory.Builder next = current.toBuilder();
          Map<String, Object> changed = new LinkedHashMap<>();
          if (patch.content() != null && !patch.content().equals(current.content())) {
            validator.content("content", patch.content());
            next.content(patch.content())
                .embedding(embed(List.of(patch.content())).get(0), embedder.modelId());
            changed.put("content", current.content());
          }
          if (patch.type() != null) {
            next.type(patch.type());
            changed.put("type", current.type().value());
          }
          if (patch.category() != null) {
            validator.label("category", patch.category());
            next.category(patch.category());
            changed.put("category", String.valueOf(current.category()));
          }
          if (patch.tags() != null) {
            next.tags(validator.tags("tags", patch.tags()));
            changed.put("tags", current.tags());
          }
          if (patch.importance() != null) {
            validator.importance("importance", patch.importance());
            next.importance(patch.importance());
            changed.put("importance", current.importance());
          }
          if (patch.metadata() != null) {
            validator.metadata("metadata", patch.metadata());
            next.metadata(patch.metadata());
            changed.put("metadata", "replaced");
          }
          validator.dates(patch, current.validFrom(), current.validTo());
          if (patch.validFrom() != null) {
            next.validFrom(patch.validFrom());
          }
          if (patch.validTo() != null) {
            next.validTo(patch.validTo());
          }
          if (patch.expiresAt() != null) {
            next.expiresAt(patch.expiresAt());
          }
          Memory updated = next.updatedAt(now).version(current.version() + 1).build();
          MemoryEvent event =
              event(
                  updated,
                  EventType.UPDATE,
                  actor,
                  "updated by caller",
                  List.of(),
                  Map.of("previous", changed),
                  now);
          replace(appId, current, updated, event, "read it again");
          indexQuietly(appId, List.of(updated));
          return updated;
        });
  }

  /** Marks a memory deleted (kept in the event log and the export) and drops it from the index. */
  public Memory delete(String appId, String actor, String id, @Nullable String reason) {
    return metrics.time(
        "delete",
        appId,
        () -> {
          Instant now = clock.instant();
          Memory current =
              store.find(appId, id, now).orElseThrow(() -> MemoryException.notFound(id));
          if (current.status() == MemoryStatus.DELETED) {
            return current;
          }
          Memory deleted =
              current.toBuilder()
                  .status(MemoryStatus.DELETED)
                  .updatedAt(now)
                  .version(current.version() + 1)
                  .build();
          MemoryEvent event =
              event(
                  deleted,
                  EventType.DELETE,
                  actor,
                  reason == null ? "deleted by caller" : reason,
                  List.of(),
                  Map.of(),
                  now);
          replace(appId, current, deleted, event, "try again");
          deleteFromIndexQuietly(appId, List.of(id));
          return deleted;
        });
  }

  /** Erases every memory, event and relation of a user, from the store and the index. */
  public List<String> eraseUser(String appId, String userId) {
    return metrics.time(
        "erase_user",
        appId,
        () -> {
          List<String> ids = store.deleteUser(appId, userId);
          deleteFromIndexQuietly(appId, ids);
          return ids;
        });
  }

  /** Records a typed relation between two memories of the same user. */
  public Relation relate(String appId, String actor, String fromId, String toId, String type) {
    if (type == null || !RELATION_TYPE.matcher(type).matches()) {
      throw MemoryException.invalid(
          "type", "must be a lower-case word of letters, digits and '_' (e.g. related_to)");
    }
    Instant now = clock.instant();
    Memory from =
        store.find(appId, fromId, now).orElseThrow(() -> MemoryException.notFound(fromId));
    Memory to = store.find(appId, toId, now).orElseThrow(() -> MemoryException.notFound(toId));
    if (!from.userId().equals(to.userId())) {
      throw MemoryException.invalid("target_id", "must be a memory of the same user");
    }
    if (from.id().equals(to.id())) {
      throw MemoryException.invalid("target_id", "must differ from the memory itself");
    }
    Relation relation = new Relation(from.id(), to.id(), type, now);
    return inUnitOfWork(
        () -> {
          store.addRelation(appId, relation);
          recordEvent(
              appId, event(from, EventType.RELATE, actor, type, List.of(to.id()), Map.of(), now));
          return relation;
        });
  }

  /**
   * A new active memory from what the caller submitted, with its vector, created at {@code now}.
   */
  public Memory build(NewMemory in, float[] vector, Instant now) {
    return Memory.builder()
        .id(in.id() != null ? in.id() : MemoryIds.memory())
        .userId(in.userId())
        .sessionId(in.sessionId())
        .agentId(in.agentId())
        .runId(in.runId())
        .type(in.type() != null ? in.type() : MemoryType.SEMANTIC)
        .content(in.content())
        .context(in.context() == null || in.context().isBlank() ? null : in.context())
        .category(in.category())
        .tags(validator.tags("tags", in.tags()))
        .importance(in.importance() != null ? in.importance() : 5)
        .metadata(in.metadata() != null ? in.metadata() : Map.of())
        .embedding(vector, embedder.modelId())
        .validFrom(in.validFrom())
        .expiresAt(in.expiresAt())
        .sources(in.sources() != null ? in.sources() : List.of())
        .createdAt(now)
        .updatedAt(now)
        .build();
  }

  /** Embeds texts in one call; failures become {@code embedding_failed}. */
  public List<float[]> embed(List<String> texts) {
    try {
      return embedder.embedAll(texts);
    } catch (MemoryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new MemoryException(
          MemoryErrorCode.EMBEDDING_FAILED, "embedding failed: " + e.getMessage(), null, e);
    }
  }

  /**
   * Runs {@code work} as one unit of work of the store: its writes are committed together, durable
   * when it returns, and rolled back together when it throws (see {@link
   * MemoryStore#inUnitOfWork}).
   */
  public <T> T inUnitOfWork(Supplier<T> work) {
    return store.inUnitOfWork(work);
  }

  /**
   * Runs {@code work} as a unit of work of its own, and again (at most {@code attempts} times in
   * all) when it fails with a {@code version_conflict} — a concurrent write changed a memory it had
   * read — and the store rolled the failed run back whole. Inside an outer unit of work, or on a
   * store without transactions, it runs once.
   */
  public <T> T inUnitOfWorkRetryingConflicts(int attempts, Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      boolean rerunnable = store.unitOfWorkRollsBack();
      try {
        return store.inUnitOfWork(work);
      } catch (MemoryException e) {
        if (!rerunnable || e.code() != MemoryErrorCode.VERSION_CONFLICT || attempt >= attempts) {
          throw e;
        }
      }
    }
  }

  /** Times {@code work} as {@code memory.operation.duration} with this operation tag. */
  public <T> T time(String operation, String appId, Supplier<T> work) {
    return metrics.time(operation, appId, work);
  }

  /** Stores new memories and their events (one unit of work). */
  public void insert(String appId, List<Memory> memories, List<MemoryEvent> events) {
    store.insert(appId, memories, events);
  }

  /**
   * Stores {@code replacement} over {@code current} if nobody changed it meanwhile, with its event;
   * a concurrent change is a {@code version_conflict} whose message ends with {@code advice}.
   */
  public void replace(
      String appId, Memory current, Memory replacement, MemoryEvent event, String advice) {
    if (!store.update(appId, replacement, current.version(), event)) {
      throw new MemoryException(
          MemoryErrorCode.VERSION_CONFLICT,
          "memory " + current.id() + " changed concurrently; " + advice);
    }
  }

  /** Records an event that changes no memory (skip, relate). */
  public void recordEvent(String appId, MemoryEvent event) {
    store.appendEvent(appId, event);
  }

  /**
   * Upserts memories into the index once the current unit of work is committed (at once outside
   * one); a failure is logged and caught up from the store later.
   */
  public void indexQuietly(String appId, List<Memory> memories) {
    List<IndexDocument> documents = memories.stream().map(IndexDocument::of).toList();
    store.afterCommit(
        () -> {
          try {
            index.upsert(appId, documents);
          } catch (RuntimeException e) {
            metrics.indexFailure(appId);
            LOG.error(
                "indexing {} memories of app {} failed; the index will catch up from the store",
                documents.size(),
                appId,
                e);
          }
        });
  }

  private void deleteFromIndexQuietly(String appId, Collection<String> ids) {
    List<String> copy = List.copyOf(ids);
    store.afterCommit(
        () -> {
          try {
            index.delete(appId, copy);
          } catch (RuntimeException e) {
            metrics.indexFailure(appId);
            LOG.error(
                "removing {} memories of app {} from the index failed; search re-checks the store",
                copy.size(),
                appId,
                e);
          }
        });
  }

  /** A new event about a memory. */
  public static MemoryEvent event(
      Memory memory,
      EventType type,
      String actor,
      @Nullable String reason,
      List<String> related,
      Map<String, Object> details,
      Instant at) {
    return new MemoryEvent(
        MemoryIds.event(), memory.id(), memory.userId(), type, actor, reason, related, details, at);
  }
}
