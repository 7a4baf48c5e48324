package dev.engram.api.analytics;

import dev.engram.analytics.LearningHistory;
import dev.engram.analytics.MemoryChange;
import dev.engram.analytics.MemoryFact;
import dev.engram.api.realtime.RealtimeEvents;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.Relation;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.StoreUsage;
import io.micronaut.core.annotation.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The memory store, observed: after each write has committed, its events are handed to the learning
 * history as {@link MemoryFact}s (with the memory's user, agent, category and the deciding engine);
 * inside each write's transaction, its events are written to the realtime outbox ({@link
 * RealtimeEvents}). On the MongoDB store there is no such transaction to join (MongoDB cannot take
 * part in a relational transaction, and the outbox is relational): the events are written in a
 * transaction of their own right after the write, so a crash in between loses them (not the write).
 * Analytics never fails a memory write: a failure to record is logged and the write stands. Every
 * method delegates unchanged.
 */
final class ObservedMemoryStore implements MemoryStore {
  private static final Logger LOG = LoggerFactory.getLogger(ObservedMemoryStore.class);

  private final MemoryStore delegate;
  private final LearningHistory history;
  private final RealtimeEvents realtime;
  private final Clock clock;

  /** Whether the store's writes are relational transactions (JDBC) the outbox row can join. */
  private final boolean relational;

  /** The facts of the unit of work running on this thread, if one runs through this store. */
  private final ThreadLocal<Pending> pending = new ThreadLocal<>();

  private static final class Pending {
    private final List<MemoryFact> facts = new ArrayList<>();
    private boolean scheduled;
  }

  ObservedMemoryStore(
      MemoryStore delegate, LearningHistory history, RealtimeEvents realtime, Clock clock) {
    this.delegate = delegate;
    this.history = history;
    this.realtime = realtime;
    this.clock = clock;
    this.relational = "jdbc".equals(delegate.name());
  }

  @Override
  public String name() {
    return delegate.name();
  }

  /**
   * Runs the unit of work with a buffer for its facts, handed to the learning history in one call
   * when it commits (a resolved batch of 250 statements made 250 learning-history transactions
   * before, a quarter of the write path's Java CPU); a nested unit joins the outer one's buffer.
   */
  @Override
  public <T> T inUnitOfWork(Supplier<T> work) {
    if (pending.get() != null) {
      return delegate.inUnitOfWork(work);
    }
    pending.set(new Pending());
    try {
      return delegate.inUnitOfWork(work);
    } finally {
      pending.remove();
    }
  }

  @Override
  public boolean unitOfWorkRollsBack() {
    return delegate.unitOfWorkRollsBack();
  }

  @Override
  public void afterCommit(Runnable action) {
    delegate.afterCommit(action);
  }

  @Override
  public StoreUsage usage(String appId) {
    return delegate.usage(appId);
  }

  @Override
  public void createApp(String appId) {
    delegate.createApp(appId);
  }

  @Override
  public void dropApp(String appId) {
    delegate.dropApp(appId);
    observe(() -> history.dropApp(appId));
  }

  @Override
  public void insert(String appId, List<Memory> memories, List<MemoryEvent> events) {
    inWriteTransaction(
        () -> {
          delegate.insert(appId, memories, events);
          announce(
              () -> events.forEach(e -> realtime.memory(appId, e, byId(memories, e.memoryId()))));
          return null;
        });
    Map<String, Memory> byId = new HashMap<>();
    memories.forEach(m -> byId.put(m.id(), m));
    List<MemoryFact> facts = new ArrayList<>(events.size());
    for (MemoryEvent event : events) {
      fact(appId, event, byId.get(event.memoryId())).ifPresent(facts::add);
    }
    record(facts);
  }

  private static @Nullable Memory byId(List<Memory> memories, String id) {
    for (Memory m : memories) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    return null;
  }

  @Override
  public Optional<Memory> find(String appId, String id, Instant now) {
    return delegate.find(appId, id, now);
  }

  @Override
  public List<Memory> findAll(String appId, Collection<String> ids, Instant now) {
    return delegate.findAll(appId, ids, now);
  }

  @Override
  public boolean update(String appId, Memory replacement, long expectedVersion, MemoryEvent event) {
    boolean updated =
        inWriteTransaction(
            () -> {
              boolean done = delegate.update(appId, replacement, expectedVersion, event);
              if (done) {
                announce(() -> realtime.memory(appId, event, replacement));
              }
              return done;
            });
    if (updated) {
      fact(appId, event, replacement).ifPresent(f -> record(List.of(f)));
    }
    return updated;
  }

  @Override
  public MemoryFilter.Page list(
      String appId,
      MemoryFilter filter,
      MemoryFilter.Sort sort,
      int limit,
      int offset,
      Instant now) {
    return delegate.list(appId, filter, sort, limit, offset, now);
  }

  @Override
  public List<String> deleteUser(String appId, String userId) {
    List<String> erased = delegate.deleteUser(appId, userId);
    observe(() -> history.forgetUser(appId, userId));
    return erased;
  }

  @Override
  public List<MemoryEvent> events(String appId, String memoryId) {
    return delegate.events(appId, memoryId);
  }

  @Override
  public void appendEvent(String appId, MemoryEvent event) {
    // the memory the event is about, read once for the live event and the learning history
    java.util.concurrent.atomic.AtomicReference<Optional<Memory>> found =
        new java.util.concurrent.atomic.AtomicReference<>();
    Supplier<Memory> memory =
        () ->
            found
                .updateAndGet(
                    m -> m != null ? m : delegate.find(appId, event.memoryId(), clock.instant()))
                .orElse(null);
    inWriteTransaction(
        () -> {
          delegate.appendEvent(appId, event);
          announce(() -> realtime.memory(appId, event, memory.get()));
          return null;
        });
    observe(
        () ->
            fact(appId, event, memory.get()).ifPresent(f -> history.recordMemoryFacts(List.of(f))));
  }

  @Override
  public void addRelation(String appId, Relation relation) {
    delegate.addRelation(appId, relation);
  }

  @Override
  public List<Relation> relations(String appId, String memoryId) {
    return delegate.relations(appId, memoryId);
  }

  @Override
  public List<EntityCount> entities(
      String appId,
      String userId,
      @io.micronaut.core.annotation.Nullable EntityKind kind,
      int limit,
      Instant now) {
    return delegate.entities(appId, userId, kind, limit, now);
  }

  @Override
  public List<String> memoriesNaming(
      String appId, String userId, String entityKey, int limit, Instant now) {
    return delegate.memoriesNaming(appId, userId, entityKey, limit, now);
  }

  @Override
  public void relinkEntities(String appId, List<Memory> memories) {
    delegate.relinkEntities(appId, memories);
  }

  @Override
  public void forEach(String appId, Consumer<Memory> consumer) {
    delegate.forEach(appId, consumer);
  }

  @Override
  public void forEachEvent(String appId, Consumer<MemoryEvent> consumer) {
    delegate.forEachEvent(appId, consumer);
  }

  @Override
  public void recordAccess(String appId, Map<String, Integer> counts, Instant at) {
    delegate.recordAccess(appId, counts, at);
  }

  @Override
  public void recordFeedback(String appId, String memoryId, int delta) {
    delegate.recordFeedback(appId, memoryId, delta);
  }

  @Override
  public List<Memory> changedSince(String appId, Instant since) {
    return delegate.changedSince(appId, since);
  }

  @Override
  public List<String> purgeExpired(String appId, Instant now, int limit) {
    List<String> purged = delegate.purgeExpired(appId, now, limit);
    if (!purged.isEmpty()) {
      observe(
          () ->
              history.recordMemoryFacts(
                  purged.stream()
                      .map(
                          id ->
                              new MemoryFact(
                                  appId,
                                  "exp_" + id,
                                  id,
                                  null,
                                  null,
                                  null,
                                  MemoryChange.EXPIRE,
                                  null,
                                  "system",
                                  now))
                      .toList()));
    }
    return purged;
  }

  /** Retention removes old history, not memories: nothing for analytics to observe. */
  @Override
  public List<String> pruneVersions(String appId, Instant before, int limit) {
    return delegate.pruneVersions(appId, before, limit);
  }

  @Override
  public int pruneEvents(String appId, Instant before, int limit) {
    return delegate.pruneEvents(appId, before, limit);
  }

  /** The analytics view of a memory event; empty for event types analytics does not know. */
  static Optional<MemoryFact> fact(String appId, MemoryEvent event, @Nullable Memory memory) {
    MemoryChange change;
    try {
      change = MemoryChange.valueOf(event.type().name());
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    Object engine = event.details().get("engine");
    return Optional.of(
        new MemoryFact(
            appId,
            event.id(),
            event.memoryId(),
            event.userId(),
            memory == null ? null : memory.agentId(),
            memory == null ? null : memory.category(),
            change,
            engine instanceof String s ? s : null,
            event.actor(),
            event.at()));
  }

  /**
   * Hands facts to the learning history once their write is committed: inside a unit of work run
   * through this store, all of its facts in one call at its commit; otherwise after the write's own
   * (or its enclosing transaction's) commit.
   */
  private void record(List<MemoryFact> facts) {
    if (facts.isEmpty()) {
      return;
    }
    Pending unit = pending.get();
    if (unit == null) {
      observe(() -> history.recordMemoryFacts(facts));
      return;
    }
    unit.facts.addAll(facts);
    if (!unit.scheduled) {
      unit.scheduled = true;
      observe(() -> history.recordMemoryFacts(List.copyOf(unit.facts)));
    }
  }

  /**
   * Announces a write to live subscribers: its event rows go to the realtime outbox inside the
   * write's own relational transaction (so a crash after the commit loses none), or, on a store
   * without one (MongoDB), once the write has committed.
   */
  private <T> T inWriteTransaction(Supplier<T> write) {
    return relational ? delegate.inUnitOfWork(write) : write.get();
  }

  private void announce(Runnable announcement) {
    if (realtime.inTransaction()) {
      announcement.run();
    } else {
      observe(announcement);
    }
  }

  /**
   * Records once the write is committed: at the end of the unit of work it belongs to (a batch, a
   * conversation), never for a write that a rollback undid.
   */
  private void observe(Runnable recording) {
    delegate.afterCommit(
        () -> {
          try {
            recording.run();
          } catch (RuntimeException e) {
            LOG.warn("the learning history missed a memory write: {}", e.getMessage(), e);
          }
        });
  }
}
