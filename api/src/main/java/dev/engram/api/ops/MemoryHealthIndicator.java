package dev.engram.api.ops;

import dev.engram.memory.embed.Embedder;
import dev.engram.memory.index.MemoryIndex;
import dev.engram.memory.llm.LlmConfiguration;
import dev.engram.memory.store.MemoryStore;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The memory engine's parts: which store, index and embedding model serve, whether this instance
 * can scale out (the embedded Lucene index is single-instance by design), and which engine
 * extracts, resolves, summarizes and answers: {@code rules}, or {@code llm} with its provider and
 * model (never its key).
 */
@Singleton
@Readiness
final class MemoryHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
  private final MemoryStore store;
  private final MemoryIndex index;
  private final Embedder embedder;
  private final LlmConfiguration llm;

  MemoryHealthIndicator(
      MemoryStore store, MemoryIndex index, Embedder embedder, LlmConfiguration llm) {
    this.store = store;
    this.index = index;
    this.embedder = embedder;
    this.llm = llm;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("store", store.name());
    details.put("index", index.name());
    details.put("single_instance", index.name().equals("lucene"));
    details.put("embeddings", embedder.modelId());
    details.put("dimensions", embedder.dimensions());
    llm.llmProvider()
        .ifPresentOrElse(
            provider -> {
              details.put("engine", "llm");
              details.put("llm_provider", provider.id());
              details.put("llm_model", llm.effectiveModel().orElseThrow());
            },
            () -> details.put("engine", "rules"));
    healthStatus = HealthStatus.UP;
    return details;
  }

  @Override
  protected String getName() {
    return "memory";
  }
}
