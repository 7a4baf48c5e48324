package dev.engram.memory.store.jdbc;

import static dev.engram.memory.store.jdbc.Sql.bindInstant;
import static dev.engram.memory.store.jdbc.Sql.instant;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Relation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;

/**
 * Columns, statements and row mapping of the memories, memory_events and memory_relations tables.
 */
final class Rows {
  /**
   * The feedback balance, a counter the store moves in place ({@code recordFeedback}): an update
   * keeps the stored one rather than write back the balance of a copy read before it.
   */
  private static final String FEEDBACK = "feedback_balance";

  /** Every memory column but the key (app_id, id), in binding order. */
  private static final List<String> FIELDS =
      List.of(
          "user_id",
          "session_id",
          "agent_id",
          "run_id",
          "type",
          "content",
          "context",
          "category",
          "tags",
          "importance",
          "metadata",
          "embedding",
          "embedding_model",
          "status",
          "previous_id",
          "next_id",
          "reinforcement_count",
          "last_reinforced_at",
          FEEDBACK,
          "valid_from",
          "valid_to",
          "expires_at",
          "sources",
          "created_at",
          "updated_at",
          "version");

  static final String MEMORY_COLUMNS = "app_id, id, " + String.join(", ", FIELDS);

  static final String INSERT_MEMORY =
      "insert into memories ("
          + MEMORY_COLUMNS
          + ") values ("
          + Sql.placeholders(FIELDS.size() + 2)
          + ")";

  /**
   * Selects every memory column and the memory's access count and last access from {@code
   * memory_access} (zero and null for a memory never read); append a where clause on the memories
   * table's columns.
   */
  static final String SELECT_MEMORIES =
      "select memories.*, (select a.access_count from memory_access a"
          + " where a.app_id = memories.app_id and a.id = memories.id) as access_count,"
          + " (select a.last_accessed_at from memory_access a"
          + " where a.app_id = memories.app_id and a.id = memories.id) as last_accessed_at"
          + " from memories";

  /**
   * Sets every field but the feedback balance; the where clause is app_id, id, user_id, version
   * (positions 25–28).
   */
  static final String UPDATE_MEMORY =
      "update memories set "
          + String.join(" = ?, ", FIELDS.stream().filter(f -> !f.equals(FEEDBACK)).toList())
          + " = ? where app_id = ? and id = ? and user_id = ? and version = ?";

  static final String EVENT_COLUMNS =
      "app_id, id, memory_id, user_id, type, actor, reason, related_ids, details, at";

  static final String INSERT_EVENT =
      "insert into memory_events (" + EVENT_COLUMNS + ") values (" + Sql.placeholders(10) + ")";

  static final String RELATION_COLUMNS = "from_id, to_id, type, created_at";

  private final JsonCodec json = new JsonCodec();

  /** Binds app, id and every field of the memory for {@link #INSERT_MEMORY}. */
  void bindInsert(PreparedStatement statement, String appId, Memory memory) throws SQLException {
    statement.setString(1, appId);
    statement.setString(2, memory.id());
    bindFields(statement, 3, memory, memory.version(), true);
  }

  /** Binds {@link #UPDATE_MEMORY}: the replacement with the new version, then the key. */
  void bindUpdate(PreparedStatement statement, String appId, Memory memory, long expectedVersion)
      throws SQLException {
    int next = bindFields(statement, 1, memory, expectedVersion + 1, false);
    statement.setString(next, appId);
    statement.setString(next + 1, memory.id());
    statement.setString(next + 2, memory.userId());
    statement.setLong(next + 3, expectedVersion);
  }

  private int bindFields(
      PreparedStatement s, int first, Memory m, long version, boolean withFeedback)
      throws SQLException {
    int i = first;
    s.setString(i++, m.userId());
    s.setString(i++, m.sessionId());
    s.setString(i++, m.agentId());
    s.setString(i++, m.runId());
    s.setString(i++, m.type().value());
    s.setString(i++, m.content());
    s.setString(i++, m.context());
    s.setString(i++, m.category());
    s.setString(i++, json.write(m.tags()));
    s.setInt(i++, m.importance());
    s.setString(i++, json.write(m.metadata()));
    byte[] embedding = JsonCodec.embedding(m.embedding());
    if (embedding == null) {
      s.setNull(i++, Types.BINARY);
    } else {
      s.setBytes(i++, embedding);
    }
    s.setString(i++, m.embeddingModel());
    s.setString(i++, m.status().value());
    s.setString(i++, m.previousId());
    s.setString(i++, m.nextId());
    s.setInt(i++, m.reinforcementCount());
    bindInstant(s, i++, m.lastReinforcedAt());
    if (withFeedback) {
      s.setInt(i++, m.feedbackBalance());
    }
    bindInstant(s, i++, m.validFrom());
    bindInstant(s, i++, m.validTo());
    bindInstant(s, i++, m.expiresAt());
    s.setString(i++, json.writeSources(m.sources()));
    bindInstant(s, i++, m.createdAt());
    bindInstant(s, i++, m.updatedAt());
    s.setLong(i++, version);
    return i;
  }

  Memory memory(ResultSet r) throws SQLException {
    return Memory.builder()
        .id(r.getString("id"))
        .userId(r.getString("user_id"))
        .sessionId(r.getString("session_id"))
        .agentId(r.getString("agent_id"))
        .runId(r.getString("run_id"))
        .type(enumValue(MemoryType.fromValue(r.getString("type")).orElse(null), "type", r))
        .content(r.getString("content"))
        .context(r.getString("context"))
        .category(r.getString("category"))
        .tags(json.strings(r.getString("tags")))
        .importance(r.getInt("importance"))
        .metadata(json.map(r.getString("metadata")))
        .embedding(JsonCodec.embedding(r.getBytes("embedding")), r.getString("embedding_model"))
        .status(enumValue(MemoryStatus.fromValue(r.getString("status")).orElse(null), "status", r))
        .previousId(r.getString("previous_id"))
        .nextId(r.getString("next_id"))
        .reinforcementCount(r.getInt("reinforcement_count"))
        .lastReinforcedAt(instant(r, "last_reinforced_at"))
        .accessCount(r.getInt("access_count"))
        .lastAccessedAt(instant(r, "last_accessed_at"))
        .feedbackBalance(r.getInt("feedback_balance"))
        .validFrom(instant(r, "valid_from"))
        .validTo(instant(r, "valid_to"))
        .expiresAt(instant(r, "expires_at"))
        .sources(json.sources(r.getString("sources")))
        .createdAt(instant(r, "created_at"))
        .updatedAt(instant(r, "updated_at"))
        .version(r.getLong("version"))
        .build();
  }

  void bindEvent(PreparedStatement s, String appId, MemoryEvent e) throws SQLException {
    s.setString(1, appId);
    s.setString(2, e.id());
    s.setString(3, e.memoryId());
    s.setString(4, e.userId());
    s.setString(5, e.type().name().toLowerCase(Locale.ROOT));
    s.setString(6, e.actor());
    s.setString(7, e.reason());
    s.setString(8, json.write(e.relatedIds()));
    s.setString(9, json.write(e.details()));
    bindInstant(s, 10, e.at());
  }

  MemoryEvent event(ResultSet r) throws SQLException {
    return new MemoryEvent(
        r.getString("id"),
        r.getString("memory_id"),
        r.getString("user_id"),
        EventType.valueOf(r.getString("type").toUpperCase(Locale.ROOT)),
        r.getString("actor"),
        r.getString("reason"),
        json.strings(r.getString("related_ids")),
        json.map(r.getString("details")),
        instant(r, "at"));
  }

  static Relation relation(ResultSet r) throws SQLException {
    return new Relation(
        r.getString("from_id"),
        r.getString("to_id"),
        r.getString("type"),
        instant(r, "created_at"));
  }

  private static <T> T enumValue(T value, String column, ResultSet r) throws SQLException {
    if (value == null) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED,
          "unknown " + column + " stored for memory " + r.getString("id"));
    }
    return value;
  }
}
