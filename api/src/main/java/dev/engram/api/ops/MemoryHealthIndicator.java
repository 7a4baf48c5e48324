package dev.engram.api.ops;

import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.store.MemoryStore;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The memory engine's parts: which store, index and embedding model serve, and whether this
 * instance can scale out (the embedded Lucene index is single-instance by design).
 */
@Singleton
@Readiness
final class MemoryHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
  private final MemoryStore store;
  private final MemoryIndex index;
  private final Embedder embedder;

  MemoryHealthIndicator(MemoryStore store, MemoryIndex index, Embedder embedder) {
    this.store = store;
    this.index = index;
    this.embedder = embedder;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("store", store.name());
    details.put("index", index.name());
    details.put("single_instance", index.name().equals("lucene"));
    details.put("embeddings", embedder.modelId());
    details.put("dimensions", embedder.dimensions());
    healthStatus = HealthStatus.UP;
    return details;
  }

  @Override
  protected String getName() {
    return "memory";
  }
}
