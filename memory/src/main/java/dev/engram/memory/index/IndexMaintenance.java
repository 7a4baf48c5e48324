package dev.engram.memory.index;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryIds;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.embed.Embedder;
import dev.engram.memory.store.MemoryStore;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds an app's index from the store ({@code ./engram reindex}), re-embedding memories whose
 * vector comes from another model than the one configured (a change of {@code
 * engram.embeddings.local-model} or endpoint), so vectors are never mixed, and linking every memory
 * to the entities it names again.
 */
@Singleton
public class IndexMaintenance {
  private static final Logger LOG = LoggerFactory.getLogger(IndexMaintenance.class);
  private static final int BATCH = 256;

  /** Clock skew and in-flight commits: catch up a little before the recorded instant. */
  private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);

  private final MemoryStore store;
  private final MemoryIndex index;
  private final Embedder embedder;

  public IndexMaintenance(MemoryStore store, MemoryIndex index, Embedder embedder) {
    this.store = store;
    this.index = index;
    this.embedder = embedder;
  }

  /** What a rebuild did. */
  public record Report(String appId, long indexed, long reembedded) {}

  public Report rebuild(String appId) {
    index.dropApp(appId);
    List<Memory> pending = new ArrayList<>(BATCH);
    long[] counts = new long[2];
    store.forEach(
        appId,
        memory -> {
          pending.add(memory);
          if (pending.size() == BATCH) {
            flush(appId, pending, counts);
          }
        });
    flush(appId, pending, counts);
    index.commit();
    LOG.info("reindexed app {}: {} memories, {} re-embedded", appId, counts[0], counts[1]);
    return new Report(appId, counts[0], counts[1]);
  }

  /**
   * Brings the app's index up to date with the store after a crash or a lost index directory:
   * memories changed since the index was last durable are upserted, deleted ones removed.
   *
   * @return how many memories were visited
   */
  public int catchUp(String appId) {
    Optional<Instant> durable = index.durableUntil(appId);
    if (durable.isEmpty()) {
      return 0;
    }
    if (durable.get().equals(Instant.EPOCH)) {
      return refill(appId);
    }
    Instant since =
        durable.get().equals(Instant.EPOCH) ? Instant.EPOCH : durable.get().minus(CATCH_UP_MARGIN);
    List<Memory> changed = store.changedSince(appId, since);
    List<String> deleted =
        changed.stream().filter(m -> m.status() == MemoryStatus.DELETED).map(Memory::id).toList();
    if (!deleted.isEmpty()) {
      index.delete(appId, deleted);
    }
    List<Memory> live =
        changed.stream()
            .filter(m -> m.status() != MemoryStatus.DELETED)
            .filter(m -> m.embedding() != null && embedder.modelId().equals(m.embeddingModel()))
            .toList();
    for (int from = 0; from < live.size(); from += BATCH) {
      index.upsert(
          appId,
          live.subList(from, Math.min(live.size(), from + BATCH)).stream()
              .map(IndexDocument::of)
              .toList());
    }
    if (!changed.isEmpty()) {
      index.commit();
      LOG.info("index of app {} caught up: {} changed since {}", appId, changed.size(), since);
    }
    return changed.size();
  }

  /**
   * Brings an index that was never committed (new, lost, or rebuilt after a format change) in line
   * with the whole store, reading the store as a stream and writing the index in batches, so that
   * an app of any size is caught up in bounded memory.
   */
  private int refill(String appId) {
    List<IndexDocument> live = new ArrayList<>(BATCH);
    List<String> deleted = new ArrayList<>(BATCH);
    int[] visited = {0};
    store.forEach(
        appId,
        memory -> {
          visited[0]++;
          if (memory.status() == MemoryStatus.DELETED) {
            deleted.add(memory.id());
          } else if (memory.embedding() != null
              && embedder.modelId().equals(memory.embeddingModel())) {
            live.add(IndexDocument.of(memory));
          }
          if (live.size() + deleted.size() >= BATCH) {
            write(appId, live, deleted);
          }
        });
    write(appId, live, deleted);
    if (visited[0] > 0) {
      index.commit();
      LOG.info("index of app {} filled from the store: {} memories", appId, visited[0]);
    }
    return visited[0];
  }

  private void write(String appId, List<IndexDocument> live, List<String> deleted) {
    if (!deleted.isEmpty()) {
      index.delete(appId, List.copyOf(deleted));
      deleted.clear();
    }
    if (!live.isEmpty()) {
      index.upsert(appId, List.copyOf(live));
      live.clear();
    }
  }

  private void flush(String appId, List<Memory> batch, long[] counts) {
    if (batch.isEmpty()) {
      return;
    }
    List<Memory> stale =
        batch.stream()
            .filter(m -> m.embedding() == null || !embedder.modelId().equals(m.embeddingModel()))
            .toList();
    List<Memory> current = new ArrayList<>(batch);
    if (!stale.isEmpty()) {
      List<float[]> vectors = embedder.embedAll(stale.stream().map(Memory::retrievalText).toList());
      for (int i = 0; i < stale.size(); i++) {
        Memory old = stale.get(i);
        Memory fresh = old.toBuilder().embedding(vectors.get(i), embedder.modelId()).build();
        // a new vector is a new version, recorded as an update by the system
        store.update(
            appId,
            fresh.toBuilder().version(old.version() + 1).build(),
            old.version(),
            reembedEvent(fresh));
        current.set(current.indexOf(old), fresh);
      }
      counts[1] += stale.size();
    }
    // links memories stored before the entity layer to the entities they name
    store.relinkEntities(appId, current);
    List<IndexDocument> documents =
        current.stream()
            .filter(m -> m.status() != MemoryStatus.DELETED)
            .map(IndexDocument::of)
            .toList();
    index.upsert(appId, documents);
    counts[0] += documents.size();
    batch.clear();
  }

  private static MemoryEvent reembedEvent(Memory memory) {
    return new MemoryEvent(
        MemoryIds.event(),
        memory.id(),
        memory.userId(),
        EventType.UPDATE,
        "system",
        "re-embedded with " + memory.embeddingModel(),
        List.of(),
        Map.of(),
        memory.updatedAt());
  }
}
