package dev.engram.memory;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement worth remembering, with everything Engram knows about it (DESIGN.md § 4). Optional
 * parts are {@code null} when absent. Use {@link #builder()} / {@link #toBuilder()}.
 *
 * @param id memory id ({@code mem_…})
 * @param userId the tenant's end user the memory belongs to
 * @param sessionId optional grouping inside the user
 * @param agentId optional agent that owns the memory
 * @param runId optional run (one execution of an agent)
 * @param type working, episodic, semantic or procedural
 * @param content the statement
 * @param context text around the statement that helps find it (neighbouring conversation turns, the
 *     document section); searched together with the content, never shown as the statement
 * @param category optional single category
 * @param tags free labels
 * @param importance 1 (trivial) to 10 (critical)
 * @param metadata bounded free JSON-compatible data (strings, numbers, booleans, lists, maps)
 * @param embedding unit-length vector of {@link #content()}, or null when not embedded yet
 * @param embeddingModel id of the model that made {@link #embedding()}
 * @param status active, superseded or deleted
 * @param previousId the memory this one replaced (evolution chain)
 * @param nextId the memory that replaced this one
 * @param reinforcementCount how many times the statement was seen again
 * @param lastReinforcedAt when it was last seen again
 * @param accessCount how many times it was returned by a read
 * @param lastAccessedAt when it was last returned
 * @param feedbackBalance feedback on the memory: +1 per useful, −1 per not useful, −2 per wrong,
 *     kept within ±{@link #FEEDBACK_BALANCE_LIMIT} (feeds the search score's feedback boost)
 * @param validFrom when the statement became true, if known
 * @param validTo when it stopped being true (set when superseded)
 * @param expiresAt time to live: after it, the memory disappears from reads and is purged
 * @param sources provenance
 * @param createdAt creation time
 * @param updatedAt last change
 * @param version optimistic-concurrency version, 1 on creation
 */
public record Memory(
    String id,
    String userId,
    @Nullable String sessionId,
    @Nullable String agentId,
    @Nullable String runId,
    MemoryType type,
    String content,
    @Nullable String context,
    @Nullable String category,
    List<String> tags,
    int importance,
    Map<String, Object> metadata,
    @Nullable float[] embedding,
    @Nullable String embeddingModel,
    MemoryStatus status,
    @Nullable String previousId,
    @Nullable String nextId,
    int reinforcementCount,
    @Nullable Instant lastReinforcedAt,
    int accessCount,
    @Nullable Instant lastAccessedAt,
    int feedbackBalance,
    @Nullable Instant validFrom,
    @Nullable Instant validTo,
    @Nullable Instant expiresAt,
    List<Source> sources,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** Bound of {@link #feedbackBalance()} either way. */
  public static final int FEEDBACK_BALANCE_LIMIT = 100;

  public Memory {
    requireNonNull(id, "id is null");
    requireNonNull(userId, "userId is null");
    requireNonNull(type, "type is null");
    requireNonNull(content, "content is null");
    tags = List.copyOf(requireNonNull(tags, "tags is null"));
    metadata =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(requireNonNull(metadata, "metadata is null")));
    requireNonNull(status, "status is null");
    sources = List.copyOf(requireNonNull(sources, "sources is null"));
    requireNonNull(createdAt, "createdAt is null");
    requireNonNull(updatedAt, "updatedAt is null");
  }

  /** What is embedded and keyword-indexed: the content, followed by its context if any. */
  public String retrievalText() {
    return retrievalText(content, context);
  }

  /** The retrieval text of a content and an optional context. */
  public static String retrievalText(String content, @Nullable String context) {
    return context == null || context.isBlank() ? content : content + " (context: " + context + ")";
  }

  /** Whether the memory is past its time to live at {@code now}. */
  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Memory m
        && version == m.version
        && importance == m.importance
        && reinforcementCount == m.reinforcementCount
        && accessCount == m.accessCount
        && feedbackBalance == m.feedbackBalance
        && id.equals(m.id)
        && userId.equals(m.userId)
        && java.util.Objects.equals(sessionId, m.sessionId)
        && java.util.Objects.equals(agentId, m.agentId)
        && java.util.Objects.equals(runId, m.runId)
        && type == m.type
        && content.equals(m.content)
        && java.util.Objects.equals(context, m.context)
        && java.util.Objects.equals(category, m.category)
        && tags.equals(m.tags)
        && metadata.equals(m.metadata)
        && Arrays.equals(embedding, m.embedding)
        && java.util.Objects.equals(embeddingModel, m.embeddingModel)
        && status == m.status
        && java.util.Objects.equals(previousId, m.previousId)
        && java.util.Objects.equals(nextId, m.nextId)
        && java.util.Objects.equals(lastReinforcedAt, m.lastReinforcedAt)
        && java.util.Objects.equals(lastAccessedAt, m.lastAccessedAt)
        && java.util.Objects.equals(validFrom, m.validFrom)
        && java.util.Objects.equals(validTo, m.validTo)
        && java.util.Objects.equals(expiresAt, m.expiresAt)
        && sources.equals(m.sources)
        && createdAt.equals(m.createdAt)
        && updatedAt.equals(m.updatedAt);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, version);
  }

  @Override
  public String toString() {
    return "Memory["
        + id
        + ", user="
        + userId
        + ", "
        + status.value()
        + ", v"
        + version
        + ": "
        + content
        + "]";
  }

  /** Builds memories; every optional part starts absent, importance at 5, version at 1. */
  public static final class Builder {
    private String id;
    private String userId;
    private String sessionId;
    private String agentId;
    private String runId;
    private MemoryType type = MemoryType.SEMANTIC;
    private String content;
    private String context;
    private String category;
    private List<String> tags = new ArrayList<>();
    private int importance = 5;
    private Map<String, Object> metadata = new LinkedHashMap<>();
    private float[] embedding;
    private String embeddingModel;
    private MemoryStatus status = MemoryStatus.ACTIVE;
    private String previousId;
    private String nextId;
    private int reinforcementCount;
    private Instant lastReinforcedAt;
    private int accessCount;
    private Instant lastAccessedAt;
    private int feedbackBalance;
    private Instant validFrom;
    private Instant validTo;
    private Instant expiresAt;
    private List<Source> sources = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    private long version = 1;

    private Builder() {}

    private Builder(Memory m) {
      id = m.id;
      userId = m.userId;
      sessionId = m.sessionId;
      agentId = m.agentId;
      runId = m.runId;
      type = m.type;
      content = m.content;
      context = m.context;
      category = m.category;
      tags = new ArrayList<>(m.tags);
      importance = m.importance;
      metadata = new LinkedHashMap<>(m.metadata);
      embedding = m.embedding;
      embeddingModel = m.embeddingModel;
      status = m.status;
      previousId = m.previousId;
      nextId = m.nextId;
      reinforcementCount = m.reinforcementCount;
      lastReinforcedAt = m.lastReinforcedAt;
      accessCount = m.accessCount;
      lastAccessedAt = m.lastAccessedAt;
      feedbackBalance = m.feedbackBalance;
      validFrom = m.validFrom;
      validTo = m.validTo;
      expiresAt = m.expiresAt;
      sources = new ArrayList<>(m.sources);
      createdAt = m.createdAt;
      updatedAt = m.updatedAt;
      version = m.version;
    }

    public Builder id(String value) {
      id = value;
      return this;
    }

    public Builder userId(String value) {
      userId = value;
      return this;
    }

    public Builder sessionId(@Nullable String value) {
      sessionId = value;
      return this;
    }

    public Builder agentId(@Nullable String value) {
      agentId = value;
      return this;
    }

    public Builder runId(@Nullable String value) {
      runId = value;
      return this;
    }

    public Builder type(MemoryType value) {
      type = value;
      return this;
    }

    public Builder content(String value) {
      content = value;
      return this;
    }

    public Builder context(@Nullable String value) {
      context = value;
      return this;
    }

    public Builder category(@Nullable String value) {
      category = value;
      return this;
    }

    public Builder tags(List<String> value) {
      tags = new ArrayList<>(value);
      return this;
    }

    public Builder importance(int value) {
      importance = value;
      return this;
    }

    public Builder metadata(Map<String, Object> value) {
      metadata = new LinkedHashMap<>(value);
      return this;
    }

    public Builder embedding(@Nullable float[] value, @Nullable String model) {
      embedding = value;
      embeddingModel = model;
      return this;
    }

    public Builder status(MemoryStatus value) {
      status = value;
      return this;
    }

    public Builder previousId(@Nullable String value) {
      previousId = value;
      return this;
    }

    public Builder nextId(@Nullable String value) {
      nextId = value;
      return this;
    }

    public Builder reinforcementCount(int value) {
      reinforcementCount = value;
      return this;
    }

    public Builder lastReinforcedAt(@Nullable Instant value) {
      lastReinforcedAt = value;
      return this;
    }

    public Builder accessCount(int value) {
      accessCount = value;
      return this;
    }

    public Builder lastAccessedAt(@Nullable Instant value) {
      lastAccessedAt = value;
      return this;
    }

    public Builder feedbackBalance(int value) {
      feedbackBalance = value;
      return this;
    }

    public Builder validFrom(@Nullable Instant value) {
      validFrom = value;
      return this;
    }

    public Builder validTo(@Nullable Instant value) {
      validTo = value;
      return this;
    }

    public Builder expiresAt(@Nullable Instant value) {
      expiresAt = value;
      return this;
    }

    public Builder sources(List<Source> value) {
      sources = new ArrayList<>(value);
      return this;
    }

    public Builder createdAt(Instant value) {
      createdAt = value;
      return this;
    }

    public Builder updatedAt(Instant value) {
      updatedAt = value;
      return this;
    }

    public Builder version(long value) {
      version = value;
      return this;
    }

    public Memory build() {
      return new Memory(
          id,
          userId,
          sessionId,
          agentId,
          runId,
          type,
          content,
          context,
          category,
          tags,
          importance,
          metadata,
          embedding,
          embeddingModel,
          status,
          previousId,
          nextId,
          reinforcementCount,
          lastReinforcedAt,
          accessCount,
          lastAccessedAt,
          feedbackBalance,
          validFrom,
          validTo,
          expiresAt,
          sources,
          createdAt,
          updatedAt,
          version);
    }
  }
}
