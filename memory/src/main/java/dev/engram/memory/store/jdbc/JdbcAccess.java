package dev.engram.memory.store.jdbc;

import dev.engram.memory.Memory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code memory_access} rows: how often each memory was read and when last, apart from the
 * memory's own row so that counting a read rewrites a few dozen bytes instead of the memory with
 * its embedding, and so that an update of the memory cannot write back a count read before it.
 */
final class JdbcAccess {
  private static final String INSERT =
      "insert into memory_access (app_id, id, access_count, last_accessed_at) values (?, ?, ?, ?)";

  private static final String ADD =
      "update memory_access set access_count = access_count + ?,"
          + " last_accessed_at = case when last_accessed_at is null"
          + " or last_accessed_at < ? then ? else last_accessed_at end"
          + " where app_id = ? and id = ?";

  /** A zero row for a memory that exists and has none yet; a concurrent first read wins. */
  private static final String OPEN =
      "insert into memory_access (app_id, id, access_count, last_accessed_at)"
          + " select ?, ?, 0, null where exists"
          + " (select 1 from memories where app_id = ? and id = ?) on conflict do nothing";

  static final String DELETE = "delete from memory_access where app_id = ? and id = ?";

  private JdbcAccess() {}

  /** Rows for new memories that arrive with reads counted (an import). */
  static void insert(Connection c, String appId, List<Memory> memories) throws SQLException {
    List<Memory> read =
        memories.stream().filter(m -> m.accessCount() != 0 || m.lastAccessedAt() != null).toList();
    if (read.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      for (Memory memory : read) {
        Sql.bind(
            insert,
            Arrays.asList(appId, memory.id(), memory.accessCount(), memory.lastAccessedAt()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Adds the counts and moves the last access to {@code at} unless it is later; ids of memories
   * that do not exist are ignored. One update per id; a memory read for the first time gets its row
   * first.
   */
  static void add(Connection c, String appId, Map<String, Integer> counts, Instant at)
      throws SQLException {
    Map<String, Integer> ordered = new TreeMap<>(counts);
    List<String> unopened = new ArrayList<>();
    try (PreparedStatement add = c.prepareStatement(ADD)) {
      List<String> ids = addAll(add, appId, ordered, at);
      int[] updated = add.executeBatch();
      for (int i = 0; i < updated.length; i++) {
        if (updated[i] == 0) {
          unopened.add(ids.get(i));
        }
      }
      if (unopened.isEmpty()) {
        return;
      }
      try (PreparedStatement open = c.prepareStatement(OPEN)) {
        for (String id : unopened) {
          Sql.bind(open, List.of(appId, id, appId, id));
          open.addBatch();
        }
        open.executeBatch();
      }
      Map<String, Integer> first = new TreeMap<>();
      unopened.forEach(id -> first.put(id, ordered.get(id)));
      addAll(add, appId, first, at);
      add.executeBatch();
    }
  }

  private static List<String> addAll(
      PreparedStatement add, String appId, Map<String, Integer> counts, Instant at)
      throws SQLException {
    List<String> ids = new ArrayList<>(counts.size());
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      Sql.bind(add, List.of(entry.getValue(), at, at, appId, entry.getKey()));
      add.addBatch();
      ids.add(entry.getKey());
    }
    return ids;
  }

  /** Removes the rows of memories deleted in the same transaction. */
  static void delete(Connection c, String appId, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = c.prepareStatement(DELETE)) {
      for (String id : ids) {
        Sql.bind(delete, List.of(appId, id));
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }
}
