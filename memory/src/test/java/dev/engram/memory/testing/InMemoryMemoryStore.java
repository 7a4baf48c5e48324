package dev.engram.memory.testing;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Relation;
import dev.engram.memory.entity.Entities;
import dev.engram.memory.entity.Entity;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import dev.engram.memory.store.MemoryStore;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A hand-written, thread-safe {@link MemoryStore} kept in memory, for service tests. It passes
 * {@code MemoryStoreContract}; every method holds one lock, so it is correct, not fast.
 */
public final class InMemoryMemoryStore implements MemoryStore {
  private static final Comparator<MemoryEvent> OLDEST_FIRST =
      Comparator.comparing(MemoryEvent::at).thenComparing(MemoryEvent::id);

  private final Map<String, AppData> apps = new HashMap<>();

  private static final class AppData {
    final Map<String, Memory> memories = new LinkedHashMap<>();
    final List<MemoryEvent> events = new ArrayList<>();
    final List<Relation> relations = new ArrayList<>();
  }

  @Override
  public String name() {
    return "in-memory";
  }

  private AppData app(String appId) {
    return apps.computeIfAbsent(requireNonNull(appId, "appId is null"), id -> new AppData());
  }

  @Override
  public synchronized void createApp(String appId) {
    app(appId);
  }

  @Override
  public synchronized void dropApp(String appId) {
    apps.remove(appId);
  }

  /** What is kept of the app: memories, events and relations, each when there are any. */
  public synchronized Map<String, Long> storage(String appId) {
    AppData data = apps.get(appId);
    Map<String, Long> kept = new LinkedHashMap<>();
    if (data != null) {
      kept.put("app", 1L);
      kept.put("memories", (long) data.memories.size());
      kept.put("events", (long) data.events.size());
      kept.put("relations", (long) data.relations.size());
    }
    return kept;
  }

  @Override
  public synchronized void insert(String appId, List<Memory> memories, List<MemoryEvent> events) {
    AppData data = app(appId);
    for (Memory memory : memories) {
      if (data.memories.containsKey(memory.id())) {
        throw new MemoryException(
            MemoryErrorCode.STORE_FAILED, "memory " + memory.id() + " already exists");
      }
    }
    memories.forEach(m -> data.memories.put(m.id(), copy(m)));
    data.events.addAll(events);
  }

  @Override
  public synchronized Optional<Memory> find(String appId, String id, Instant now) {
    return Optional.ofNullable(app(appId).memories.get(id))
        .filter(m -> !m.isExpired(now))
        .map(InMemoryMemoryStore::copy);
  }

  @Override
  public synchronized List<Memory> findAll(String appId, Collection<String> ids, Instant now) {
    AppData data = app(appId);
    return ids.stream()
        .distinct()
        .map(data.memories::get)
        .filter(Objects::nonNull)
        .filter(m -> !m.isExpired(now))
        .map(InMemoryMemoryStore::copy)
        .toList();
  }

  @Override
  public synchronized boolean update(
      String appId, Memory replacement, long expectedVersion, MemoryEvent event) {
    AppData data = app(appId);
    Memory stored = data.memories.get(replacement.id());
    if (stored == null
        || stored.version() != expectedVersion
        || !stored.userId().equals(replacement.userId())) {
      return false;
    }
    data.memories.put(
        replacement.id(),
        copy(
            replacement.toBuilder()
                .version(expectedVersion + 1)
                .accessCount(stored.accessCount())
                .lastAccessedAt(stored.lastAccessedAt())
                .feedbackBalance(stored.feedbackBalance())
                .build()));
    data.events.add(event);
    return true;
  }

  @Override
  public synchronized MemoryFilter.Page list(
      String appId,
      MemoryFilter filter,
      MemoryFilter.Sort sort,
      int limit,
      int offset,
      Instant now) {
    List<Memory> matches =
        app(appId).memories.values().stream()
            .filter(m -> filter.matches(m, now))
            .sorted(order(sort))
            .toList();
    List<Memory> page =
        matches.stream().skip(offset).limit(limit).map(InMemoryMemoryStore::copy).toList();
    return new MemoryFilter.Page(page, matches.size());
  }

  /** The listing order of every store: the key, then the id, both in the asked direction. */
  public static Comparator<Memory> order(MemoryFilter.Sort sort) {
    Comparator<Memory> order =
        switch (sort.key()) {
          case CREATED_AT -> Comparator.comparing(Memory::createdAt);
          case UPDATED_AT -> Comparator.comparing(Memory::updatedAt);
          case IMPORTANCE -> Comparator.comparingInt(Memory::importance);
        };
    order = order.thenComparing(Memory::id);
    return sort.descending() ? order.reversed() : order;
  }

  @Override
  public synchronized List<String> deleteUser(String appId, String userId) {
    AppData data = app(appId);
    List<String> ids =
        data.memories.values().stream()
            .filter(m -> m.userId().equals(userId))
            .map(Memory::id)
            .toList();
    ids.forEach(data.memories::remove);
    data.events.removeIf(e -> e.userId().equals(userId));
    data.relations.removeIf(r -> ids.contains(r.fromId()) || ids.contains(r.toId()));
    return ids;
  }

  @Override
  public synchronized List<EntityCount> entities(
      String appId, String userId, @Nullable EntityKind kind, int limit, Instant now) {
    Map<String, EntityCount> counts = new LinkedHashMap<>();
    for (Memory m : linked(appId, userId, now)) {
      for (Entity e : Entities.of(m.content())) {
        if (kind == null || e.kind() == kind) {
          EntityCount before = counts.get(e.key());
          String name =
              before == null || e.name().compareTo(before.name()) < 0 ? e.name() : before.name();
          EntityKind k =
              before == null || e.kind().value().compareTo(before.kind().value()) < 0
                  ? e.kind()
                  : before.kind();
          counts.put(
              e.key(),
              new EntityCount(e.key(), name, k, before == null ? 1 : before.memories() + 1));
        }
      }
    }
    return counts.values().stream()
        .sorted(
            Comparator.comparingLong(EntityCount::memories)
                .reversed()
                .thenComparing(EntityCount::key))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<String> memoriesNaming(
      String appId, String userId, String entityKey, int limit, Instant now) {
    return linked(appId, userId, now).stream()
        .filter(m -> Entities.keys(m.content()).contains(entityKey))
        .sorted(order(MemoryFilter.Sort.NEWEST_FIRST))
        .limit(limit)
        .map(Memory::id)
        .toList();
  }

  /** Entities are derived from the content when asked: nothing to relink. */
  @Override
  public void relinkEntities(String appId, List<Memory> memories) {}

  private List<Memory> linked(String appId, String userId, Instant now) {
    return app(appId).memories.values().stream()
        .filter(m -> m.userId().equals(userId))
        .filter(m -> m.status() == MemoryStatus.ACTIVE)
        .filter(m -> m.expiresAt() == null || m.expiresAt().isAfter(now))
        .toList();
  }

  @Override
  public synchronized List<MemoryEvent> events(String appId, String memoryId) {
    return app(appId).events.stream()
        .filter(e -> e.memoryId().equals(memoryId))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  @Override
  public synchronized void appendEvent(String appId, MemoryEvent event) {
    app(appId).events.add(requireNonNull(event, "event is null"));
  }

  @Override
  public synchronized void addRelation(String appId, Relation relation) {
    AppData data = app(appId);
    if (!data.memories.containsKey(relation.fromId())) {
      throw MemoryException.notFound(relation.fromId());
    }
    boolean known =
        data.relations.stream()
            .anyMatch(
                r ->
                    r.fromId().equals(relation.fromId())
                        && r.toId().equals(relation.toId())
                        && r.type().equals(relation.type()));
    if (!known) {
      data.relations.add(relation);
    }
  }

  @Override
  public synchronized List<Relation> relations(String appId, String memoryId) {
    return app(appId).relations.stream()
        .filter(r -> r.fromId().equals(memoryId) || r.toId().equals(memoryId))
        .toList();
  }

  @Override
  public void forEach(String appId, Consumer<Memory> consumer) {
    List<Memory> snapshot;
    synchronized (this) {
      snapshot = app(appId).memories.values().stream().map(InMemoryMemoryStore::copy).toList();
    }
    snapshot.forEach(consumer);
  }

  @Override
  public void forEachEvent(String appId, Consumer<MemoryEvent> consumer) {
    List<MemoryEvent> snapshot;
    synchronized (this) {
      snapshot = app(appId).events.stream().sorted(OLDEST_FIRST).toList();
    }
    snapshot.forEach(consumer);
  }

  @Override
  public synchronized void recordAccess(String appId, Map<String, Integer> counts, Instant at) {
    AppData data = app(appId);
    counts.forEach(
        (id, count) -> {
          Memory stored = data.memories.get(id);
          if (stored != null) {
            Instant last = stored.lastAccessedAt();
            data.memories.put(
                id,
                stored.toBuilder()
                    .accessCount(stored.accessCount() + count)
                    .lastAccessedAt(last != null && last.isAfter(at) ? last : at)
                    .build());
          }
        });
  }

  @Override
  public synchronized void recordFeedback(String appId, String memoryId, int delta) {
    AppData data = app(appId);
    Memory stored = data.memories.get(memoryId);
    if (stored != null) {
      int limit = Memory.FEEDBACK_BALANCE_LIMIT;
      data.memories.put(
          memoryId,
          stored.toBuilder()
              .feedbackBalance(Math.clamp((long) stored.feedbackBalance() + delta, -limit, limit))
              .build());
    }
  }

  @Override
  public synchronized List<Memory> changedSince(String appId, Instant since) {
    return app(appId).memories.values().stream()
        .filter(m -> !m.updatedAt().isBefore(since))
        .sorted(Comparator.comparing(Memory::updatedAt).thenComparing(Memory::id))
        .map(InMemoryMemoryStore::copy)
        .toList();
  }

  @Override
  public synchronized List<String> purgeExpired(String appId, Instant now, int limit) {
    AppData data = app(appId);
    List<String> ids =
        data.memories.values().stream()
            .filter(m -> m.isExpired(now))
            .sorted(Comparator.comparing(Memory::expiresAt).thenComparing(Memory::id))
            .limit(limit)
            .map(Memory::id)
            .toList();
    ids.forEach(data.memories::remove);
    return ids;
  }

  @Override
  public synchronized List<String> pruneVersions(String appId, Instant before, int limit) {
    AppData data = app(appId);
    List<String> ids =
        data.memories.values().stream()
            .filter(
                m ->
                    (m.status() == MemoryStatus.SUPERSEDED || m.status() == MemoryStatus.DELETED)
                        && m.updatedAt().isBefore(before))
            .sorted(Comparator.comparing(Memory::updatedAt).thenComparing(Memory::id))
            .limit(Math.max(0, limit))
            .map(Memory::id)
            .toList();
    ids.forEach(data.memories::remove);
    data.events.removeIf(e -> ids.contains(e.memoryId()));
    data.relations.removeIf(r -> ids.contains(r.fromId()) || ids.contains(r.toId()));
    return ids;
  }

  @Override
  public synchronized int pruneEvents(String appId, Instant before, int limit) {
    AppData data = app(appId);
    List<MemoryEvent> old =
        data.events.stream()
            .filter(e -> e.at().isBefore(before))
            .sorted(Comparator.comparing(MemoryEvent::at).thenComparing(MemoryEvent::id))
            .limit(Math.max(0, limit))
            .toList();
    data.events.removeAll(old);
    return old.size();
  }

  private static Memory copy(Memory memory) {
    float[] embedding = memory.embedding();
    return embedding == null
        ? memory
        : memory.toBuilder().embedding(embedding.clone(), memory.embeddingModel()).build();
  }
}
