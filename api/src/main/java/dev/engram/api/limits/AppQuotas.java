package dev.engram.api.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.store.StoreUsage;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.limit.Limit;
import dev.engram.tenancy.limit.Limits;
import dev.engram.tenancy.limit.OrgLimits;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Memories and storage per app: before the store takes new memories, the app's usage plus them must
 * stay within its organization's limits, or nothing is written ({@code 429 quota_exceeded}). Usage
 * is read from the store and kept for 10 seconds, counting what this instance added meanwhile
 * (writes of other instances show within those 10 seconds); a write that would reach the last tenth
 * of a limit reads the store's usage again first, so that instances sharing a store do not pass the
 * limit between them (writes racing each other in that last tenth still can, by at most what they
 * add together).
 */
@Singleton
public class AppQuotas {
  /** A quota does not free itself: the wait is a hint to retry after deleting or a raise. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(60);

  private final Provider<MemoryStore> store;
  private final Apps apps;
  private final Limits limits;

  /** The organization of each app: it never changes. */
  private final Cache<String, Optional<String>> orgs =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();

  private final Cache<String, StoreUsage> usage =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(10)).build();

  AppQuotas(Provider<MemoryStore> store, Apps apps, Limits limits) {
    this.store = store;
    this.apps = apps;
    this.limits = limits;
  }

  /** Fails with {@code quota_exceeded} when storing the memories would pass a limit of the app. */
  void requireRoom(String appId, List<Memory> memories) {
    Optional<String> org = orgs.get(appId, id -> apps.findById(id).map(App::orgId));
    if (org.isEmpty()) {
      orgs.invalidate(appId);
      return; // the store refuses writes to unknown apps itself
    }
    OrgLimits limit = limits.forOrg(org.get());
    StoreUsage now = usage.get(appId, id -> store.get().usage(id));
    long adding = active(memories);
    long bytes = bytes(memories);
    if (nearLimit(now, adding, bytes, limit)) {
      // in the last tenth, other instances' recent writes matter: read the store's own count
      now = usage(appId);
    }
    if (adding > 0 && now.activeMemories() + adding > limit.memoriesPerApp()) {
      throw exceeded(
          Limit.MEMORIES_PER_APP,
          appId,
          limit.memoriesPerApp() + " memories; it holds " + now.activeMemories());
    }
    if (now.bytes() + bytes > limit.storageBytesPerApp()) {
      throw exceeded(
          Limit.STORAGE_MB_PER_APP,
          appId,
          limit.storageMbPerApp() + " MiB; it holds " + now.bytes() + " bytes");
    }
  }

  /**
   * Whether the write would take the app into the last tenth of a limit, where the cached usage (up
   * to 10 seconds old, blind to other instances' writes) is not good enough.
   */
  static boolean nearLimit(StoreUsage usage, long adding, long bytes, OrgLimits limit) {
    return (adding > 0 && usage.activeMemories() + adding > lastTenth(limit.memoriesPerApp()))
        || usage.bytes() + bytes > lastTenth(limit.storageBytesPerApp());
  }

  /** Where the last tenth of a limit starts (a tenth rounded up, so small limits have one). */
  private static long lastTenth(long limit) {
    return limit - (limit / 10 + (limit % 10 == 0 ? 0 : 1));
  }

  /** Counts memories just stored by this instance into the cached usage. */
  void added(String appId, List<Memory> memories) {
    usage.asMap().computeIfPresent(appId, (id, u) -> u.plus(active(memories), bytes(memories)));
  }

  /** The app's usage as the store has it now. */
  public StoreUsage usage(String appId) {
    StoreUsage fresh = store.get().usage(appId);
    usage.put(appId, fresh);
    return fresh;
  }

  private static long active(List<Memory> memories) {
    return memories.stream().filter(m -> m.status() == MemoryStatus.ACTIVE).count();
  }

  private static long bytes(List<Memory> memories) {
    return memories.stream().mapToLong(MemoryStore::sizeOf).sum();
  }

  private static TenancyException exceeded(Limit limit, String appId, String detail) {
    return TenancyException.limited(
        TenancyErrorCode.QUOTA_EXCEEDED,
        "limit " + limit.value() + " of app " + appId + " reached: at most " + detail,
        RETRY_AFTER);
  }
}
