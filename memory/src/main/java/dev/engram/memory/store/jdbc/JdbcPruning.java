package dev.engram.memory.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Retention of the JDBC store: superseded versions and old events removed in batches, each batch in
 * one short transaction.
 */
final class JdbcPruning {
  private final Sql sql;

  JdbcPruning(Sql sql) {
    this.sql = sql;
  }

  /** See {@code MemoryStore#pruneVersions}. */
  List<String> versions(String appId, Instant before, int limit) {
    return sql.inTransaction(
        c -> {
          List<String> candidates =
              ids(
                  c,
                  "select id from memories where app_id = ? and status in ('superseded',"
                      + " 'deleted') and updated_at < ? order by updated_at, id limit ?",
                  appId,
                  before,
                  limit);
          if (candidates.isEmpty()) {
            return List.of();
          }
          List<String> pruned = new ArrayList<>(candidates.size());
          try (PreparedStatement delete =
              c.prepareStatement(
                  "delete from memories where app_id = ? and id = ? and status in"
                      + " ('superseded', 'deleted') and updated_at < ?")) {
            for (String id : candidates) {
              Sql.bind(delete, List.of(appId, id, before));
              delete.addBatch();
            }
            int[] counts = delete.executeBatch();
            for (int i = 0; i < counts.length; i++) {
              if (counts[i] != 0) {
                pruned.add(candidates.get(i));
              }
            }
          }
          for (String statement :
              List.of(
                  "delete from memory_events where app_id = ? and memory_id = ?",
                  JdbcAccess.DELETE,
                  "delete from memory_relations where app_id = ? and from_id = ?",
                  "delete from memory_relations where app_id = ? and to_id = ?")) {
            try (PreparedStatement delete = c.prepareStatement(statement)) {
              for (String id : pruned) {
                Sql.bind(delete, List.of(appId, id));
                delete.addBatch();
              }
              delete.executeBatch();
            }
          }
          return pruned;
        });
  }

  /** See {@code MemoryStore#pruneEvents}. */
  int events(String appId, Instant before, int limit) {
    return sql.inTransaction(
        c -> {
          List<String> ids =
              ids(
                  c,
                  "select id from memory_events where app_id = ? and at < ?"
                      + " order by at, id limit ?",
                  appId,
                  before,
                  limit);
          int removed = 0;
          try (PreparedStatement delete =
              c.prepareStatement("delete from memory_events where app_id = ? and id = ?")) {
            for (String id : ids) {
              Sql.bind(delete, List.of(appId, id));
              delete.addBatch();
            }
            for (int count : delete.executeBatch()) {
              removed += count > 0 ? count : 0;
            }
          }
          return removed;
        });
  }

  private static List<String> ids(Connection c, String query, Object... parameters)
      throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(query)) {
      Sql.bind(select, List.of(parameters));
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      }
    }
    return ids;
  }
}
