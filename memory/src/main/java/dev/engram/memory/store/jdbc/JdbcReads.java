package dev.engram.memory.store.jdbc;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.Relation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The reading statements of {@link JdbcMemoryStore}: lookups, listings and streamed visits. */
final class JdbcReads {
  private static final int FETCH_SIZE = 500;
  private static final int IDS_PER_STATEMENT = 500;

  /** Reads one row; may throw like JDBC does. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private final Sql sql;
  private final Rows rows;

  JdbcReads(Sql sql, Rows rows) {
    this.sql = sql;
    this.rows = rows;
  }

  List<Memory> findAll(String appId, Collection<String> ids, Instant now) {
    List<String> distinct = ids.stream().distinct().toList();
    List<Memory> found = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += IDS_PER_STATEMENT) {
      List<String> chunk =
          distinct.subList(from, Math.min(distinct.size(), from + IDS_PER_STATEMENT));
      List<Object> parameters = new ArrayList<>();
      for (String id : chunk) {
        parameters.add(appId);
        parameters.add(id);
      }
      parameters.add(now);
      // a row-value list, so H2 looks up the (app_id, id) key instead of scanning the app
      forEachMemory(
          Rows.SELECT_MEMORIES
              + " where (app_id, id) in ("
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?)"))
              + ") and (expires_at is null or expires_at > ?)",
          parameters,
          found::add);
    }
    return found;
  }

  MemoryFilter.Page list(
      String appId,
      MemoryFilter filter,
      MemoryFilter.Sort sort,
      int limit,
      int offset,
      Instant now) {
    MemoryQuery query = MemoryQuery.of(appId, filter, now);
    String select = Rows.SELECT_MEMORIES + " where " + query.where() + MemoryQuery.orderBy(sort);
    List<Memory> page = new ArrayList<>();
    if (query.needsRecheck()) {
      long[] total = {0};
      forEachMemory(
          select,
          query.parameters(),
          memory -> {
            if (filter.matches(memory, now)) {
              if (total[0] >= offset && page.size() < limit) {
                page.add(memory);
              }
              total[0]++;
            }
          });
      return new MemoryFilter.Page(page, total[0]);
    }
    List<Object> parameters = new ArrayList<>(query.parameters());
    parameters.add(limit);
    parameters.add(offset);
    forEachMemory(select + " limit ? offset ?", parameters, page::add);
    List<Long> total =
        query(
            "select count(*) from memories where " + query.where(),
            query.parameters(),
            r -> r.getLong(1));
    return new MemoryFilter.Page(page, total.getFirst());
  }

  List<Relation> relations(String appId, String memoryId) {
    return query(
        "select "
            + Rows.RELATION_COLUMNS
            + " from memory_relations where app_id = ? and (from_id = ? or to_id = ?)"
            + " order by created_at, from_id, to_id, type",
        List.of(appId, memoryId, memoryId),
        Rows::relation);
  }

  Optional<String> userOf(Connection c, String appId, String memoryId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("select user_id from memories where app_id = ? and id = ?")) {
      select.setString(1, appId);
      select.setString(2, memoryId);
      try (ResultSet r = select.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  void forEachMemory(String statement, List<?> parameters, Consumer<Memory> consumer) {
    stream(statement, parameters, rows::memory, consumer);
  }

  void forEachEvent(String statement, List<?> parameters, Consumer<MemoryEvent> consumer) {
    stream(statement, parameters, rows::event, consumer);
  }

  private <T> List<T> query(String statement, List<?> parameters, RowReader<T> reader) {
    List<T> results = new ArrayList<>();
    stream(statement, parameters, reader, results::add);
    return results;
  }

  /** Streams rows in a read transaction (PostgreSQL only uses a cursor without auto-commit). */
  private <T> void stream(
      String statement, List<?> parameters, RowReader<T> reader, Consumer<? super T> consumer) {
    sql.inTransaction(
        c -> {
          try (PreparedStatement select = c.prepareStatement(statement)) {
            select.setFetchSize(FETCH_SIZE);
            Sql.bind(select, parameters);
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                consumer.accept(reader.read(r));
              }
            }
          }
          return null;
        });
  }
}
