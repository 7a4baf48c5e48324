package dev.engram.memory.store.jdbc;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.Relation;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.StoreConfiguration;
import dev.engram.memory.store.StoreUsage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The memory store on a relational database (H2 in PostgreSQL mode, PostgreSQL): apps share the
 * tables of {@code V2_0__memories.sql} and are separated by {@code app_id}, which every statement
 * filters by. It manages its own connections and transactions with plain JDBC, so it works outside
 * any Micronaut transaction. The default store whenever no MongoDB is configured.
 */
@Singleton
@Requires(missingProperty = "mongodb.uri")
final class JdbcMemoryStore implements MemoryStore {
  private final Sql sql;
  private final Rows rows = new Rows();
  private final JdbcReads reads;
  private final JdbcPruning pruning;
  private final JdbcEntities entities;
  private final @Nullable HotMemories hot;

  /** A store on its own transactions, without a cache (tests). */
  JdbcMemoryStore(DataSource dataSource) {
    this(new Transactions(dataSource), 0);
  }

  /** A store on its own transactions with a cache of this many memories (tests). */
  JdbcMemoryStore(DataSource dataSource, int hotMemories) {
    this(new Transactions(dataSource), hotMemories);
  }

  /** A store whose units of work are those of the task repository and the job scheduler. */
  @Inject
  JdbcMemoryStore(Transactions transactions, StoreConfiguration configuration) {
    this(transactions, configuration.hotMemoriesFor(Sql.embeddedH2(transactions.dataSource())));
  }

  private JdbcMemoryStore(Transactions transactions, int hotMemories) {
    this.sql = new Sql(transactions);
    this.reads = new JdbcReads(sql, rows);
    this.pruning = new JdbcPruning(sql);
    this.entities = new JdbcEntities(sql);
    this.hot = hotMemories > 0 ? new HotMemories(hotMemories) : null;
  }

  @Override
  public <T> T inUnitOfWork(Supplier<T> work) {
    return sql.inTransaction(c -> work.get());
  }

  @Override
  public boolean unitOfWorkRollsBack() {
    return !sql.transactions().inTransaction();
  }

  @Override
  public void afterCommit(Runnable action) {
    sql.transactions().afterCommit(action);
  }

  @Override
  public String name() {
    return "jdbc";
  }

  @Override
  public void createApp(String appId) {
    requireNonNull(appId, "appId is null");
  }

  @Override
  public void dropApp(String appId) {
    sql.inTransaction(
        c -> {
          changedApp(appId);
          for (String table :
              List.of(
                  "memory_entities",
                  "memory_relations",
                  "memory_events",
                  "memory_access",
                  "memories")) {
            execute(c, "delete from " + table + " where app_id = ?", appId);
          }
          return null;
        });
  }

  @Override
  public void insert(String appId, List<Memory> memories, List<MemoryEvent> events) {
    requireNonNull(appId, "appId is null");
    try {
      sql.inTransaction(
          c -> {
            try (PreparedStatement insert = c.prepareStatement(Rows.INSERT_MEMORY)) {
              for (Memory memory : memories) {
                rows.bindInsert(insert, appId, memory);
                insert.addBatch();
              }
              insert.executeBatch();
            }
            JdbcAccess.insert(c, appId, memories);
            JdbcEntities.insert(c, appId, memories);
            insertEvents(c, appId, events);
            return null;
          });
    } catch (MemoryException e) {
      if (e.getCause() instanceof SQLException cause && Sql.isUniqueViolation(cause)) {
        throw new MemoryException(
            MemoryErrorCode.STORE_FAILED, "a memory with one of these ids already exists", null, e);
      }
      throw e;
    }
  }

  @Override
  public Optional<Memory> find(String appId, String id, Instant now) {
    return findAll(appId, List.of(id), now).stream().findFirst();
  }

  @Override
  public List<Memory> findAll(String appId, Collection<String> ids, Instant now) {
    if (hot == null || sql.transactions().inTransaction()) {
      return reads.findAll(appId, ids, now);
    }
    List<String> missing = new ArrayList<>();
    List<Memory> found = hot.lookup(appId, ids.stream().distinct().toList(), now, missing);
    if (missing.isEmpty()) {
      return found;
    }
    long epoch = hot.epoch();
    List<Memory> read = reads.findAll(appId, missing, now);
    hot.fill(appId, read, epoch);
    if (found.isEmpty()) {
      return read;
    }
    List<Memory> all = new ArrayList<>(found.size() + read.size());
    all.addAll(found);
    all.addAll(read);
    return all;
  }

  @Override
  public boolean update(String appId, Memory replacement, long expectedVersion, MemoryEvent event) {
    return sql.inTransaction(
        c -> {
          changed(appId, List.of(replacement.id()));
          try (PreparedStatement update = c.prepareStatement(Rows.UPDATE_MEMORY)) {
            rows.bindUpdate(update, appId, replacement, expectedVersion);
            if (update.executeUpdate() != 1) {
              return false;
            }
          }
          JdbcEntities.replace(c, appId, List.of(replacement));
          insertEvents(c, appId, List.of(event));
          return true;
        });
  }

  @Override
  public MemoryFilter.Page list(
      String appId,
      MemoryFilter filter,
      MemoryFilter.Sort sort,
      int limit,
      int offset,
      Instant now) {
    return reads.list(appId, filter, sort, limit, offset, now);
  }

  @Override
  public List<String> deleteUser(String appId, String userId) {
    requireNonNull(userId, "userId is null");
    return sql.inTransaction(
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement("select id from memories where app_id = ? and user_id = ?")) {
            select.setString(1, appId);
            select.setString(2, userId);
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                ids.add(r.getString(1));
              }
            }
          }
          JdbcAccess.delete(c, appId, ids);
          for (String table :
              List.of("memory_entities", "memory_relations", "memory_events", "memories")) {
            execute(c, "delete from " + table + " where app_id = ? and user_id = ?", appId, userId);
          }
          changed(appId, ids);
          return ids;
        });
  }

  @Override
  public List<EntityCount> entities(
      String appId, String userId, @Nullable EntityKind kind, int limit, Instant now) {
    return entities.counts(appId, userId, kind, limit, now);
  }

  @Override
  public List<String> memoriesNaming(
      String appId, String userId, String entityKey, int limit, Instant now) {
    return entities.memories(appId, userId, entityKey, limit, now);
  }

  @Override
  public void relinkEntities(String appId, List<Memory> memories) {
    if (!memories.isEmpty()) {
      sql.inTransaction(
          c -> {
            JdbcEntities.replace(c, appId, memories);
            return null;
          });
    }
  }

  @Override
  public List<MemoryEvent> events(String appId, String memoryId) {
    List<MemoryEvent> events = new ArrayList<>();
    reads.forEachEvent(
        "select * from memory_events where app_id = ? and memory_id = ? order by at, id",
        List.of(appId, memoryId),
        events::add);
    return events;
  }

  @Override
  public void appendEvent(String appId, MemoryEvent event) {
    sql.inTransaction(
        c -> {
          insertEvents(c, appId, List.of(event));
          return null;
        });
  }

  @Override
  public void addRelation(String appId, Relation relation) {
    try {
      sql.inTransaction(
          c -> {
            String userId =
                reads
                    .userOf(c, appId, relation.fromId())
                    .orElseThrow(() -> MemoryException.notFound(relation.fromId()));
            try (PreparedStatement insert =
                c.prepareStatement(
                    "insert into memory_relations (app_id, from_id, to_id, type, user_id,"
                        + " created_at) select ?, ?, ?, ?, ?, ? where not exists (select 1 from"
                        + " memory_relations where app_id = ? and from_id = ? and to_id = ? and"
                        + " type = ?)")) {
              Sql.bind(
                  insert,
                  List.of(
                      appId,
                      relation.fromId(),
                      relation.toId(),
                      relation.type(),
                      userId,
                      relation.createdAt(),
                      appId,
                      relation.fromId(),
                      relation.toId(),
                      relation.type()));
              insert.executeUpdate();
            }
            return null;
          });
    } catch (MemoryException e) {
      if (!(e.getCause() instanceof SQLException cause && Sql.isUniqueViolation(cause))) {
        throw e;
      }
      // recorded concurrently by another caller: one copy is kept, as promised
    }
  }

  @Override
  public List<Relation> relations(String appId, String memoryId) {
    return reads.relations(appId, memoryId);
  }

  @Override
  public StoreUsage usage(String appId) {
    return sql.inTransaction(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "select count(case when status = ? then 1 end),"
                      + " coalesce(sum(octet_length(content) + coalesce(octet_length(context), 0)"
                      + " + octet_length(tags) + octet_length(metadata)), 0)"
                      + " from memories where app_id = ?")) {
            select.setString(1, MemoryStatus.ACTIVE.value());
            select.setString(2, appId);
            try (ResultSet r = select.executeQuery()) {
              r.next();
              return new StoreUsage(r.getLong(1), r.getLong(2));
            }
          }
        });
  }

  @Override
  public void forEach(String appId, Consumer<Memory> consumer) {
    reads.forEachMemory(
        Rows.SELECT_MEMORIES + " where app_id = ? order by created_at, id",
        List.of(appId),
        consumer);
  }

  @Override
  public void forEachEvent(String appId, Consumer<MemoryEvent> consumer) {
    reads.forEachEvent(
        "select * from memory_events where app_id = ? order by at, id", List.of(appId), consumer);
  }

  @Override
  public void recordAccess(String appId, Map<String, Integer> counts, Instant at) {
    if (counts.isEmpty()) {
      return;
    }
    // the precision the database keeps, cut here so that a cached copy holds the stored value
    Instant stored = at.truncatedTo(ChronoUnit.MICROS);
    sql.inTransaction(
        c -> {
          JdbcAccess.add(c, appId, counts, stored);
          if (hot != null) {
            long written = hot.accessing();
            sql.transactions().afterCommit(() -> hot.accessed(appId, counts, stored, written));
          }
          return null;
        });
  }

  @Override
  public void recordFeedback(String appId, String memoryId, int delta) {
    int limit = Memory.FEEDBACK_BALANCE_LIMIT;
    sql.inTransaction(
        c -> {
          changed(appId, List.of(memoryId));
          try (PreparedStatement update =
              c.prepareStatement(
                  "update memories set feedback_balance ="
                      + " greatest(?, least(?, feedback_balance + ?))"
                      + " where app_id = ? and id = ?")) {
            Sql.bind(update, List.of(-limit, limit, delta, appId, memoryId));
            update.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<Memory> changedSince(String appId, Instant since) {
    List<Memory> changed = new ArrayList<>();
    reads.forEachMemory(
        Rows.SELECT_MEMORIES + " where app_id = ? and updated_at >= ? order by updated_at, id",
        List.of(appId, since),
        changed::add);
    return changed;
  }

  @Override
  public List<String> purgeExpired(String appId, Instant now, int limit) {
    return sql.inTransaction(
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "select id from memories where app_id = ? and expires_at <= ?"
                      + " order by expires_at, id limit ?")) {
            Sql.bind(select, List.of(appId, now, limit));
            try (ResultSet r = select.executeQuery()) {
              while (r.next()) {
                ids.add(r.getString(1));
              }
            }
          }
          try (PreparedStatement delete =
              c.prepareStatement("delete from memories where app_id = ? and id = ?")) {
            for (String id : ids) {
              delete.setString(1, appId);
              delete.setString(2, id);
              delete.addBatch();
            }
            delete.executeBatch();
          }
          JdbcAccess.delete(c, appId, ids);
          changed(appId, ids);
          return ids;
        });
  }

  @Override
  public List<String> pruneVersions(String appId, Instant before, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    List<String> pruned = pruning.versions(appId, before, limit);
    changed(appId, pruned);
    return pruned;
  }

  @Override
  public int pruneEvents(String appId, Instant before, int limit) {
    return limit <= 0 ? 0 : pruning.events(appId, before, limit);
  }

  /**
   * Removes the memories a write changes from the cache, now and once the write's transaction has
   * committed ({@link HotMemories}).
   */
  private void changed(String appId, Collection<String> ids) {
    if (hot != null && !ids.isEmpty()) {
      List<String> copy = List.copyOf(ids);
      hot.changed(appId, copy);
      sql.transactions().afterCommit(() -> hot.changed(appId, copy));
    }
  }

  private void changedApp(String appId) {
    if (hot != null) {
      hot.changedApp(appId);
      sql.transactions().afterCommit(() -> hot.changedApp(appId));
    }
  }

  /** The cache's size, for tests. */
  long hotMemories() {
    return hot == null ? 0 : hot.size();
  }

  private void insertEvents(Connection c, String appId, List<MemoryEvent> events)
      throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement(Rows.INSERT_EVENT)) {
      for (MemoryEvent event : events) {
        rows.bindEvent(insert, appId, event);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void execute(Connection c, String statement, Object... parameters)
      throws SQLException {
    try (PreparedStatement prepared = c.prepareStatement(statement)) {
      Sql.bind(prepared, List.of(parameters));
      prepared.executeUpdate();
    }
  }
}
