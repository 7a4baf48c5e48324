package dev.engram.api.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.StoreUsage;
import dev.engram.memory.store.jdbc.Transactions;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.limit.Limit;
import dev.engram.tenancy.limit.Limits;
import dev.engram.tenancy.limit.OrgLimits;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Memories and storage per app: the store takes new memories only if the app's usage plus them
 * stays within its organization's limits, or nothing is written ({@code 429 quota_exceeded}).
 *
 * <p>The check and the count are one atomic step in the relational database, whichever store holds
 * the memories: a write locks its app's row of {@code app_usage} ({@code select … for update}),
 * checks the counted usage plus the new memories against the limits and adds them, in the
 * transaction that commits the memories. Writers of one app — on any instance sharing the database
 * — thus take turns at the lock, and none passes a limit. The counts only grow (deletions,
 * supersessions and purges do not lower them), so they are an upper bound; when one would refuse a
 * write, the app's usage is counted again from the store under the same lock (every earlier writer
 * has committed by then) and the write is judged on that.
 *
 * <p>Where the lock is taken depends on the store. The JDBC store's insert inside a unit of work (a
 * batch, a conversation, a resolved write) runs at once, and the unit's new memories are checked
 * and counted together just before the unit commits: the lock is held for the commit only, not
 * while the rest of the unit is resolved and written, so the writers of one app overlap their work
 * and a refused unit rolls back whole. Otherwise (a MongoDB insert, or an insert outside a unit)
 * the insert runs while the lock is held, in a transaction of its own.
 */
@Singleton
public class AppQuotas {
  /** A quota does not free itself: the wait is a hint to retry after deleting or a raise. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(60);

  private final Provider<MemoryStore> store;
  private final Apps apps;
  private final Limits limits;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * Whether the store's units of work are transactions of this database (the JDBC store); known
   * once the store exists (it is wrapped by {@link QuotaGuard}, so not at construction).
   */
  private volatile Boolean relational;

  /** The organization of each app: it never changes. */
  private final Cache<String, Optional<String>> orgs =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

  /**
   * Each app's turn at its {@code app_usage} row among this process's units of work, held from just
   * before the row's lock until the unit's commit or rollback ({@link Transactions#holdUntilEnd}).
   * Weak values: a lock stays while a unit holds or waits for it.
   */
  private final Cache<String, ReentrantLock> turns = Caffeine.newBuilder().weakValues().build();

  AppQuotas(
      Provider<MemoryStore> store,
      Apps apps,
      Limits limits,
      Transactions transactions,
      Clock clock) {
    this.store = store;
    this.apps = apps;
    this.limits = limits;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Runs {@code insert} (the store's insert of {@code memories}) if the app has room for them,
   * counting them in the same transaction; fails with {@code quota_exceeded} and runs nothing
   * otherwise.
   */
  <T> T withRoom(String appId, List<Memory> memories, Supplier<T> insert) {
    Optional<String> org = orgs.get(appId, id -> apps.findById(id).map(App::orgId));
    if (org.isEmpty()) {
      orgs.invalidate(appId);
      return insert.get(); // the store refuses writes to unknown apps itself
    }
    long adding = active(memories);
    long bytes = bytes(memories);
    if (adding == 0 && bytes == 0) {
      return insert.get();
    }
    OrgLimits limit = limits.forOrg(org.get());
    if (transactions.inTransaction() && relational()) {
      T inserted = insert.get();
      transactions
          .beforeCommit(AppQuotas.class, TreeMap::new, this::checkUnit)
          .computeIfAbsent(appId, a -> new UnitAdds(limit))
          .add(adding, bytes);
      return inserted;
    }
    return transactions.inTransaction(
        c -> {
          StoreUsage counted = lock(c, appId);
          if (counted == null || !fits(counted, adding, bytes, limit)) {
            // the counts only grow: what the store holds now decides (earlier writers committed)
            counted = store.get().usage(appId);
            if (!fits(counted, adding, bytes, limit)) {
              throw exceeded(counted, adding, appId, limit);
            }
          }
          save(c, appId, counted.plus(adding, bytes));
          return insert.get();
        });
  }

  private boolean relational() {
    Boolean known = relational;
    if (known == null) {
      known = "jdbc".equals(store.get().name());
      relational = known;
    }
    return known;
  }

  /** What a unit of work adds to an app, checked and counted just before it commits. */
  private static final class UnitAdds {
    final OrgLimits limit;
    long memories;
    long bytes;

    UnitAdds(OrgLimits limit) {
      this.limit = limit;
    }

    void add(long memories, long bytes) {
      this.memories += memories;
      this.bytes += bytes;
    }
  }

  /**
   * Locks, checks and counts each app a unit of work added memories to (in the order of their ids,
   * so two units never wait for each other's lock crosswise).
   */
  private void checkUnit(Connection c, Map<String, UnitAdds> apps) throws SQLException {
    for (Map.Entry<String, UnitAdds> app : apps.entrySet()) {
      String appId = app.getKey();
      UnitAdds unit = app.getValue();
      // units of this process take turns here, asleep, rather than at the row: H2 retries a row
      // held by a committing transaction without waiting (7 % of the ingest jobs' CPU under load)
      transactions.holdUntilEnd(turns.get(appId, a -> new ReentrantLock()));
      StoreUsage counted = lock(c, appId);
      if (counted == null || !fits(counted, unit.memories, unit.bytes, unit.limit)) {
        // read in this transaction, the store holds the unit's own new memories already
        StoreUsage now = store.get().usage(appId);
        if (!within(now, unit.memories, unit.limit)) {
          StoreUsage before =
              new StoreUsage(
                  Math.max(0, now.activeMemories() - unit.memories),
                  Math.max(0, now.bytes() - unit.bytes));
          throw exceeded(before, unit.memories, appId, unit.limit);
        }
        counted = now;
      } else {
        counted = counted.plus(unit.memories, unit.bytes);
      }
      save(c, appId, counted);
    }
  }

  private static boolean fits(StoreUsage usage, long adding, long bytes, OrgLimits limit) {
    return within(usage.plus(adding, bytes), adding, limit);
  }

  /**
   * Whether the usage after a write stays within the limits; a write that adds no active memory
   * ({@code adding} 0) is judged on the bytes only.
   */
  private static boolean within(StoreUsage after, long adding, OrgLimits limit) {
    return (adding == 0 || after.activeMemories() <= limit.memoriesPerApp())
        && after.bytes() <= limit.storageBytesPerApp();
  }

  /** Locks the app's usage row (creating it when absent); null when it was never counted. */
  private static StoreUsage lock(Connection c, String appId) throws SQLException {
    try (PreparedStatement create =
        c.prepareStatement(
            "insert into app_usage (app_id, memories, bytes) values (?, -1, 0)"
                + " on conflict do nothing")) {
      create.setString(1, appId);
      create.executeUpdate();
    }
    try (PreparedStatement select =
        c.prepareStatement("select memories, bytes from app_usage where app_id = ? for update")) {
      select.setString(1, appId);
      try (ResultSet r = select.executeQuery()) {
        r.next();
        long memories = r.getLong(1);
        return memories < 0 ? null : new StoreUsage(memories, r.getLong(2));
      }
    }
  }

  private void save(Connection c, String appId, StoreUsage usage) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "update app_usage set memories = ?, bytes = ?, counted_at = ? where app_id = ?")) {
      update.setLong(1, usage.activeMemories());
      update.setLong(2, usage.bytes());
      update.setTimestamp(3, Timestamp.from(clock.instant()));
      update.setString(4, appId);
      update.executeUpdate();
    }
  }

  /** The app's usage as the store has it now. */
  public StoreUsage usage(String appId) {
    return store.get().usage(appId);
  }

  private static long active(List<Memory> memories) {
    return memories.stream().filter(m -> m.status() == MemoryStatus.ACTIVE).count();
  }

  private static long bytes(List<Memory> memories) {
    return memories.stream().mapToLong(MemoryStore::sizeOf).sum();
  }

  private static TenancyException exceeded(
      StoreUsage now, long adding, String appId, OrgLimits limit) {
    if (adding > 0 && now.activeMemories() + adding > limit.memoriesPerApp()) {
      return exceeded(
          Limit.MEMORIES_PER_APP,
          appId,
          limit.memoriesPerApp() + " memories; it holds " + now.activeMemories());
    }
    return exceeded(
        Limit.STORAGE_MB_PER_APP,
        appId,
        limit.storageMbPerApp() + " MiB; it holds " + now.bytes() + " bytes");
  }

  private static TenancyException exceeded(Limit limit, String appId, String detail) {
    return TenancyException.limited(
        TenancyErrorCode.QUOTA_EXCEEDED,
        "limit " + limit.value() + " of app " + appId + " reached: at most " + detail,
        RETRY_AFTER);
  }
}
