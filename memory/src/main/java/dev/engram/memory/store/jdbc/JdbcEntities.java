package dev.engram.memory.store.jdbc;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.entity.Entities;
import dev.engram.memory.entity.Entity;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code memory_entities} rows: a memory's entity links, written with the memory. */
final class JdbcEntities {
  private static final String INSERT =
      "insert into memory_entities (app_id, memory_id, user_id, entity, name, kind)"
          + " values (?, ?, ?, ?, ?, ?)";
  private static final String ACTIVE =
      " m.status = 'active' and (m.expires_at is null or m.expires_at > ?)";

  private final Sql sql;

  JdbcEntities(Sql sql) {
    this.sql = sql;
  }

  /** Adds the links of new memories (active ones only). */
  static void insert(Connection c, String appId, List<Memory> memories) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      int rows = 0;
      for (Memory memory : memories) {
        if (memory.status() != MemoryStatus.ACTIVE) {
          continue;
        }
        for (Entity entity : Entities.of(memory.content())) {
          insert.setString(1, appId);
          insert.setString(2, memory.id());
          insert.setString(3, memory.userId());
          insert.setString(4, entity.key());
          insert.setString(5, entity.name());
          insert.setString(6, entity.kind().value());
          insert.addBatch();
          rows++;
        }
      }
      if (rows > 0) {
        insert.executeBatch();
      }
    }
  }

  /** Replaces the links of memories that exist (an inactive memory keeps none). */
  static void replace(Connection c, String appId, List<Memory> memories) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("delete from memory_entities where app_id = ? and memory_id = ?")) {
      for (Memory memory : memories) {
        delete.setString(1, appId);
        delete.setString(2, memory.id());
        delete.addBatch();
      }
      delete.executeBatch();
    }
    List<Memory> present = new ArrayList<>();
    try (PreparedStatement exists =
        c.prepareStatement("select 1 from memories where app_id = ? and id = ?")) {
      for (Memory memory : memories) {
        exists.setString(1, appId);
        exists.setString(2, memory.id());
        try (ResultSet r = exists.executeQuery()) {
          if (r.next()) {
            present.add(memory);
          }
        }
      }
    }
    insert(c, appId, present);
  }

  List<EntityCount> counts(
      String appId, String userId, @Nullable EntityKind kind, int limit, Instant now) {
    return sql.inTransaction(
        c -> {
          String query =
              "select e.entity, min(e.name) as name, min(e.kind) as kind, count(*) as n"
                  + " from memory_entities e join memories m"
                  + " on m.app_id = e.app_id and m.id = e.memory_id"
                  + " where e.app_id = ? and e.user_id = ? and"
                  + ACTIVE
                  + (kind == null ? "" : " and e.kind = ?")
                  + " group by e.entity order by n desc, e.entity limit ?";
          List<Object> values = new ArrayList<>(List.of(appId, userId, now));
          if (kind != null) {
            values.add(kind.value());
          }
          values.add(limit);
          List<EntityCount> out = new ArrayList<>();
          try (PreparedStatement select = c.prepareStatement(query)) {
            Sql.bind(select, values);
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                out.add(
                    new EntityCount(
                        r.getString(1),
                        r.getString(2),
                        EntityKind.fromValue(r.getString(3)),
                        r.getLong(4)));
              }
            }
          }
          return out;
        });
  }

  List<String> memories(String appId, String userId, String key, int limit, Instant now) {
    return sql.inTransaction(
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "select e.memory_id from memory_entities e join memories m"
                      + " on m.app_id = e.app_id and m.id = e.memory_id"
                      + " where e.app_id = ? and e.user_id = ? and e.entity = ? and"
                      + ACTIVE
                      + " order by m.created_at desc, m.id limit ?")) {
            Sql.bind(select, List.of(appId, userId, key, now, limit));
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                ids.add(r.getString(1));
              }
            }
          }
          return ids;
        });
  }
}
