package dev.engram.memory.store.mongo;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Relation;
import dev.engram.memory.Source;
import dev.engram.memory.entity.Entities;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bson.BinaryVector;
import org.bson.Document;

/**
 * Memories, events and relations as BSON documents. Instants are epoch microseconds ({@code int64},
 * exact and ordered like the JDBC store's timestamps); {@code expire_at} repeats the expiry as a
 * BSON date for the TTL index. Embeddings are arrays of doubles, or float32 vectors when the store
 * may use Atlas features.
 */
final class MemoryDocuments {
  /** The BSON date the TTL index watches. */
  static final String TTL_FIELD = "expire_at";

  private final boolean binaryVectors;

  MemoryDocuments(boolean binaryVectors) {
    this.binaryVectors = binaryVectors;
  }

  /**
   * The update that writes every field of a memory but the counters the store moves in place
   * ({@code access_count}, {@code last_accessed_at}, {@code feedback_balance}): a copy read before
   * a count must not write the older count back.
   */
  Document replacement(Memory m, long version) {
    Document fields = memory(m, version);
    fields.remove("_id");
    fields.remove("access_count");
    fields.remove("last_accessed_at");
    fields.remove("feedback_balance");
    return new Document("$set", fields);
  }

  Document memory(Memory m, long version) {
    Document d = new Document("_id", m.id());
    d.append("user_id", m.userId())
        .append("session_id", m.sessionId())
        .append("agent_id", m.agentId())
        .append("run_id", m.runId())
        .append("type", m.type().value())
        .append("content", m.content())
        .append("context", m.context())
        .append("category", m.category())
        .append("tags", m.tags())
        .append("importance", m.importance())
        .append("metadata", new Document(m.metadata()))
        .append("embedding", embedding(m.embedding()))
        .append("embedding_model", m.embeddingModel())
        .append("status", m.status().value())
        .append("previous_id", m.previousId())
        .append("next_id", m.nextId())
        .append("reinforcement_count", m.reinforcementCount())
        .append("last_reinforced_at", micros(m.lastReinforcedAt()))
        .append("access_count", m.accessCount())
        .append("last_accessed_at", micros(m.lastAccessedAt()))
        .append("feedback_balance", m.feedbackBalance())
        .append("valid_from", micros(m.validFrom()))
        .append("valid_to", micros(m.validTo()))
        .append("expires_at", micros(m.expiresAt()))
        .append(TTL_FIELD, ttlDate(m.expiresAt()))
        .append("sources", m.sources().stream().map(MemoryDocuments::source).toList())
        .append("created_at", micros(m.createdAt()))
        .append("updated_at", micros(m.updatedAt()))
        .append("version", version)
        .append("entities", entities(m));
    return d;
  }

  /** The entity links of a memory (none unless it is active), each {key, name, kind}. */
  static List<Document> entities(Memory m) {
    if (m.status() != MemoryStatus.ACTIVE) {
      return List.of();
    }
    return Entities.of(m.content()).stream()
        .map(
            e ->
                new Document("key", e.key())
                    .append("name", e.name())
                    .append("kind", e.kind().value()))
        .toList();
  }

  Memory memory(Document d) {
    return Memory.builder()
        .id(d.getString("_id"))
        .userId(d.getString("user_id"))
        .sessionId(d.getString("session_id"))
        .agentId(d.getString("agent_id"))
        .runId(d.getString("run_id"))
        .type(known(MemoryType.fromValue(d.getString("type")).orElse(null), "type", d))
        .content(d.getString("content"))
        .context(d.getString("context"))
        .category(d.getString("category"))
        .tags(d.getList("tags", String.class, List.of()))
        .importance(d.getInteger("importance", 5))
        .metadata(BsonValues.map(d.get("metadata", Document.class)))
        .embedding(embedding(d.get("embedding")), d.getString("embedding_model"))
        .status(known(MemoryStatus.fromValue(d.getString("status")).orElse(null), "status", d))
        .previousId(d.getString("previous_id"))
        .nextId(d.getString("next_id"))
        .reinforcementCount(d.getInteger("reinforcement_count", 0))
        .lastReinforcedAt(instant(d, "last_reinforced_at"))
        .accessCount(d.getInteger("access_count", 0))
        .lastAccessedAt(instant(d, "last_accessed_at"))
        .feedbackBalance(d.getInteger("feedback_balance", 0))
        .validFrom(instant(d, "valid_from"))
        .validTo(instant(d, "valid_to"))
        .expiresAt(instant(d, "expires_at"))
        .sources(
            d.getList("sources", Document.class, List.of()).stream()
                .map(MemoryDocuments::source)
                .toList())
        .createdAt(instant(d, "created_at"))
        .updatedAt(instant(d, "updated_at"))
        .version(d.getLong("version"))
        .build();
  }

  static Document event(MemoryEvent e) {
    return new Document("_id", e.id())
        .append("memory_id", e.memoryId())
        .append("user_id", e.userId())
        .append("type", e.type().name().toLowerCase(Locale.ROOT))
        .append("actor", e.actor())
        .append("reason", e.reason())
        .append("related_ids", e.relatedIds())
        .append("details", new Document(e.details()))
        .append("at", micros(e.at()));
  }

  static MemoryEvent event(Document d) {
    return new MemoryEvent(
        d.getString("_id"),
        d.getString("memory_id"),
        d.getString("user_id"),
        EventType.valueOf(d.getString("type").toUpperCase(Locale.ROOT)),
        d.getString("actor"),
        d.getString("reason"),
        d.getList("related_ids", String.class, List.of()),
        BsonValues.map(d.get("details", Document.class)),
        instant(d, "at"));
  }

  static Document relation(Relation r, String userId) {
    return new Document("from_id", r.fromId())
        .append("to_id", r.toId())
        .append("type", r.type())
        .append("user_id", userId)
        .append("created_at", micros(r.createdAt()));
  }

  static Relation relation(Document d) {
    return new Relation(
        d.getString("from_id"),
        d.getString("to_id"),
        d.getString("type"),
        instant(d, "created_at"));
  }

  /** Epoch microseconds of the instant (the precision every store keeps). */
  static @Nullable Long micros(@Nullable Instant instant) {
    if (instant == null) {
      return null;
    }
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  private static @Nullable Instant instant(Document d, String field) {
    Long micros = d.getLong(field);
    return micros == null
        ? null
        : Instant.ofEpochSecond(
            Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  /** The expiry rounded up to the millisecond, so the TTL monitor never deletes early. */
  private static @Nullable Date ttlDate(@Nullable Instant expiresAt) {
    if (expiresAt == null) {
      return null;
    }
    long millis = expiresAt.toEpochMilli();
    return new Date(expiresAt.getNano() % 1_000_000 == 0 ? millis : millis + 1);
  }

  private @Nullable Object embedding(float @Nullable [] vector) {
    if (vector == null) {
      return null;
    }
    if (binaryVectors) {
      return BinaryVector.floatVector(vector.clone());
    }
    List<Double> values = new ArrayList<>(vector.length);
    for (float value : vector) {
      values.add((double) value);
    }
    return values;
  }

  private static float @Nullable [] embedding(@Nullable Object stored) {
    return BsonValues.floats(stored);
  }

  private static Document source(Source s) {
    return new Document("conversation_id", s.conversationId())
        .append("message_ids", s.messageIds());
  }

  private static Source source(Document d) {
    return new Source(
        d.getString("conversation_id"), d.getList("message_ids", String.class, List.of()));
  }

  private static <T> T known(@Nullable T value, String field, Document d) {
    if (value == null) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "unknown " + field + " stored for memory " + d.get("_id"));
    }
    return value;
  }
}
