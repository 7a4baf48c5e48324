package dev.engram.api.v1;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.Relation;
import dev.engram.memory.Source;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.search.ScoreComponents;
import dev.engram.memory.search.SearchHit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Response bodies of the native memory API (snake_case JSON). */
final class MemoryViews {
  private MemoryViews() {}

  @Serdeable
  record SourceView(@Nullable String conversationId, List<String> messageIds) {
    static SourceView of(Source s) {
      return new SourceView(s.conversationId(), s.messageIds());
    }
  }

  @Serdeable
  record MemoryView(
      String id,
      String userId,
      @Nullable String sessionId,
      @Nullable String agentId,
      @Nullable String runId,
      String type,
      String content,
      @Nullable String context,
      @Nullable String category,
      List<String> tags,
      int importance,
      Map<String, Object> metadata,
      String status,
      @Nullable String previousId,
      @Nullable String nextId,
      int reinforcementCount,
      @Nullable Instant lastReinforcedAt,
      int accessCount,
      @Nullable Instant lastAccessedAt,
      @Nullable Instant validFrom,
      @Nullable Instant validTo,
      @Nullable Instant expiresAt,
      List<SourceView> sources,
      @Nullable String embeddingModel,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    static MemoryView of(Memory m) {
      return new MemoryView(
          m.id(),
          m.userId(),
          m.sessionId(),
          m.agentId(),
          m.runId(),
          m.type().value(),
          m.content(),
          m.context(),
          m.category(),
          m.tags(),
          m.importance(),
          m.metadata(),
          m.status().value(),
          m.previousId(),
          m.nextId(),
          m.reinforcementCount(),
          m.lastReinforcedAt(),
          m.accessCount(),
          m.lastAccessedAt(),
          m.validFrom(),
          m.validTo(),
          m.expiresAt(),
          m.sources().stream().map(SourceView::of).toList(),
          m.embeddingModel(),
          m.createdAt(),
          m.updatedAt(),
          m.version());
    }
  }

  /**
   * What a write did: the resulting memories and, per submitted statement, the decision.
   *
   * @param ids ids of the resulting memories (added, replacing, reinforced or deleted)
   * @param memories the resulting memories
   * @param results one per submitted statement, in order
   */
  @Serdeable
  record Added(List<String> ids, List<MemoryView> memories, List<ResultView> results) {}

  /**
   * The decision for one submitted statement.
   *
   * @param action add, reinforce, update, delete or skip
   * @param memoryId the resulting memory; null when skipped
   * @param targetId the memory reinforced, superseded or deleted
   * @param reason why
   * @param engine who decided: {@code rules}, {@code llm}, {@code rules (llm fallback: …)} when the
   *     LLM failed, or {@code none} when stored without resolution
   */
  @Serdeable
  record ResultView(
      String action,
      @Nullable String memoryId,
      @Nullable String targetId,
      String reason,
      String engine) {}

  @Serdeable
  record Page(
      List<MemoryView> memories, long total, int limit, int offset, @Nullable String nextCursor) {}

  @Serdeable
  record Erased(String userId, int deleted) {}

  @Serdeable
  record EventView(
      String id,
      String memoryId,
      String type,
      String actor,
      @Nullable String reason,
      List<String> relatedIds,
      Map<String, Object> details,
      Instant at) {
    static EventView of(MemoryEvent e) {
      return new EventView(
          e.id(),
          e.memoryId(),
          e.type().name(),
          e.actor(),
          e.reason(),
          e.relatedIds(),
          e.details(),
          e.at());
    }
  }

  @Serdeable
  record RelationView(String fromId, String toId, String type, Instant createdAt) {
    static RelationView of(Relation r) {
      return new RelationView(r.fromId(), r.toId(), r.type(), r.createdAt());
    }
  }

  @Serdeable
  record RelatedView(RelationView relation, String direction, MemoryView memory) {
    static RelatedView of(MemoryReader.Related r) {
      return new RelatedView(
          RelationView.of(r.relation()), r.direction(), MemoryView.of(r.memory()));
    }
  }

  @Serdeable
  record ComponentsView(
      double similarity,
      double keyword,
      double recencyBoost,
      double importanceBoost,
      double reinforcementBoost,
      double accessBoost,
      double feedbackBoost,
      double retention) {
    static ComponentsView of(ScoreComponents c) {
      return new ComponentsView(
          c.similarity(),
          c.keyword(),
          c.recencyBoost(),
          c.importanceBoost(),
          c.reinforcementBoost(),
          c.accessBoost(),
          c.feedbackBoost(),
          c.retention());
    }
  }

  @Serdeable
  record HitView(
      MemoryView memory, double relevance, double compositeScore, ComponentsView components) {
    static HitView of(SearchHit hit) {
      return new HitView(
          MemoryView.of(hit.memory()),
          hit.relevance(),
          hit.compositeScore(),
          ComponentsView.of(hit.components()));
    }
  }

  @Serdeable
  record Timings(double embedMs, double vectorMs, double keywordMs, double fetchMs) {}

  @Serdeable
  record SearchResponse(
      List<HitView> results, int candidates, double searchTimeMs, Timings timings) {}
}
