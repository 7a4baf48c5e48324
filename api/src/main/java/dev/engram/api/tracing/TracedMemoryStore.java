package dev.engram.api.tracing;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.Relation;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.StoreUsage;
import io.opentelemetry.api.trace.Tracer;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The memory store with a span per call ({@code store.<method>}, app id attribute). */
final class TracedMemoryStore implements MemoryStore {
  private final MemoryStore delegate;
  private final Tracer tracer;
  private final String prefix;

  TracedMemoryStore(MemoryStore delegate, Tracer tracer) {
    this.delegate = delegate;
    this.tracer = tracer;
    this.prefix = "store." + delegate.name() + ".";
  }

  MemoryStore delegate() {
    return delegate;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public <T> T inUnitOfWork(Supplier<T> work) {
    return Spans.in(tracer, prefix + "unit_of_work", null, () -> delegate.inUnitOfWork(work));
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
  public void createApp(String appId) {
    Spans.run(tracer, prefix + "create_app", appId, () -> delegate.createApp(appId));
  }

  @Override
  public void dropApp(String appId) {
    Spans.run(tracer, prefix + "drop_app", appId, () -> delegate.dropApp(appId));
  }

  @Override
  public void insert(String appId, List<Memory> memories, List<MemoryEvent> events) {
    Spans.run(tracer, prefix + "insert", appId, () -> delegate.insert(appId, memories, events));
  }

  @Override
  public Optional<Memory> find(String appId, String id, Instant now) {
    return Spans.in(tracer, prefix + "find", appId, () -> delegate.find(appId, id, now));
  }

  @Override
  public List<Memory> findAll(String appId, Collection<String> ids, Instant now) {
    return Spans.in(tracer, prefix + "find_all", appId, () -> delegate.findAll(appId, ids, now));
  }

  @Override
  public boolean update(String appId, Memory replacement, long expectedVersion, MemoryEvent event) {
    return Spans.in(
        tracer,
        prefix + "update",
        appId,
        () -> delegate.update(appId, replacement, expectedVersion, event));
  }

  @Override
  public MemoryFilter.Page list(
      String appId,
      MemoryFilter filter,
      MemoryFilter.Sort sort,
      int limit,
      int offset,
      Instant now) {
    return Spans.in(
        tracer,
        prefix + "list",
        appId,
        () -> delegate.list(appId, filter, sort, limit, offset, now));
  }

  @Override
  public List<String> deleteUser(String appId, String userId) {
    return Spans.in(
        tracer, prefix + "delete_user", appId, () -> delegate.deleteUser(appId, userId));
  }

  @Override
  public List<MemoryEvent> events(String appId, String memoryId) {
    return Spans.in(tracer, prefix + "events", appId, () -> delegate.events(appId, memoryId));
  }

  @Override
  public void appendEvent(String appId, MemoryEvent event) {
    Spans.run(tracer, prefix + "append_event", appId, () -> delegate.appendEvent(appId, event));
  }

  @Override
  public void addRelation(String appId, Relation relation) {
    Spans.run(tracer, prefix + "add_relation", appId, () -> delegate.addRelation(appId, relation));
  }

  @Override
  public List<Relation> relations(String appId, String memoryId) {
    return Spans.in(tracer, prefix + "relations", appId, () -> delegate.relations(appId, memoryId));
  }

  @Override
  public List<EntityCount> entities(
      String appId,
      String userId,
      @io.micronaut.core.annotation.Nullable EntityKind kind,
      int limit,
      Instant now) {
    return Spans.in(
        tracer,
        prefix + "entities",
        appId,
        () -> delegate.entities(appId, userId, kind, limit, now));
  }

  @Override
  public List<String> memoriesNaming(
      String appId, String userId, String entityKey, int limit, Instant now) {
    return Spans.in(
        tracer,
        prefix + "memories_naming",
        appId,
        () -> delegate.memoriesNaming(appId, userId, entityKey, limit, now));
  }

  @Override
  public void relinkEntities(String appId, List<Memory> memories) {
    Spans.run(
        tracer, prefix + "relink_entities", appId, () -> delegate.relinkEntities(appId, memories));
  }

  @Override
  public void forEach(String appId, Consumer<Memory> consumer) {
    Spans.run(tracer, prefix + "for_each", appId, () -> delegate.forEach(appId, consumer));
  }

  @Override
  public StoreUsage usage(String appId) {
    return Spans.in(tracer, prefix + "usage", appId, () -> delegate.usage(appId));
  }

  @Override
  public void forEachEvent(String appId, Consumer<MemoryEvent> consumer) {
    Spans.run(
        tracer, prefix + "for_each_event", appId, () -> delegate.forEachEvent(appId, consumer));
  }

  @Override
  public void recordAccess(String appId, Map<String, Integer> counts, Instant at) {
    Spans.run(
        tracer, prefix + "record_access", appId, () -> delegate.recordAccess(appId, counts, at));
  }

  @Override
  public void recordFeedback(String appId, String memoryId, int delta) {
    Spans.run(
        tracer,
        prefix + "record_feedback",
        appId,
        () -> delegate.recordFeedback(appId, memoryId, delta));
  }

  @Override
  public List<Memory> changedSince(String appId, Instant since) {
    return Spans.in(
        tracer, prefix + "changed_since", appId, () -> delegate.changedSince(appId, since));
  }

  @Override
  public List<String> purgeExpired(String appId, Instant now, int limit) {
    return Spans.in(
        tracer, prefix + "purge_expired", appId, () -> delegate.purgeExpired(appId, now, limit));
  }

  @Override
  public List<String> pruneVersions(String appId, Instant before, int limit) {
    return Spans.in(
        tracer,
        prefix + "prune_versions",
        appId,
        () -> delegate.pruneVersions(appId, before, limit));
  }

  @Override
  public int pruneEvents(String appId, Instant before, int limit) {
    return Spans.in(
        tracer, prefix + "prune_events", appId, () -> delegate.pruneEvents(appId, before, limit));
  }
}
