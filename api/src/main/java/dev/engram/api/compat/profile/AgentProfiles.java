package dev.engram.api.compat.profile;

import dev.engram.memory.MemoryException;
import dev.engram.memory.write.MemoryValidator;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.AppLifecycleListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agent profiles: what an agent keeps about one caller, with a time to live. Reads go through a
 * bounded per-instance cache ({@link ProfileConfiguration}); an expired profile is gone for every
 * reader at once (the expiry is checked on each read, cached or not).
 */
@Singleton
public class AgentProfiles implements AppLifecycleListener {
  private final AgentProfileStore store;
  private final ProfileConfiguration config;
  private final Clock clock;
  private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();

  private record Key(String appId, String agentId, String callerId) {}

  private record Cached(Optional<AgentProfile> profile, long loadedAt) {}

  AgentProfiles(AgentProfileStore store, ProfileConfiguration config, Clock clock) {
    this.store = store;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Creates or replaces the profile of an agent for a caller, living {@code ttlHours} (the default
   * when null) from now. A profile that had not expired keeps its creation time.
   */
  public AgentProfile put(
      String appId,
      @Nullable String agentId,
      @Nullable String callerId,
      @Nullable Map<String, Object> profileData,
      @Nullable Integer ttlHours) {
    require("agent_id", agentId);
    require("caller_id", callerId);
    int hours = ttlHours == null ? config.defaultTtlHours() : ttlHours;
    if (hours < 1 || hours > config.maxTtlHours()) {
      throw MemoryException.invalid(
          "ttl_hours", "must be between 1 and " + config.maxTtlHours() + " hours");
    }
    if (profileData != null) {
      MemoryValidator.text("profile_data", profileData.toString());
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant created =
        store
            .find(appId, agentId, callerId)
            .filter(existing -> !existing.isExpired(now))
            .map(AgentProfile::createdAt)
            .orElse(now);
    AgentProfile profile =
        new AgentProfile(
            agentId,
            callerId,
            profileData == null ? Map.of() : profileData,
            created,
            now,
            now.plus(Duration.ofHours(hours)));
    store.put(appId, profile);
    cache.remove(new Key(appId, agentId, callerId));
    return profile;
  }

  /** The profile, unless absent or expired. */
  public Optional<AgentProfile> find(String appId, String agentId, String callerId) {
    Key key = new Key(appId, agentId, callerId);
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached == null
        || System.nanoTime() - cached.loadedAt()
            > Duration.ofSeconds(config.cacheSeconds()).toNanos()) {
      cached = new Cached(store.find(appId, agentId, callerId), System.nanoTime());
      if (config.cacheSize() > 0) {
        if (cache.size() >= config.cacheSize()) {
          cache.clear();
        }
        cache.put(key, cached);
      }
    }
    return cached.profile().filter(p -> !p.isExpired(now));
  }

  /** The app's live profiles (for export). */
  public List<AgentProfile> all(String appId) {
    return store.all(appId, clock.instant());
  }

  @Override
  public void appDeleted(App app) {
    store.deleteApp(app.id());
    cache.keySet().removeIf(k -> k.appId().equals(app.id()));
  }

  private static void require(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw MemoryException.invalid(field, "is required");
    }
    if (value.length() > 256) {
      throw MemoryException.invalid(field, "must be at most 256 characters");
    }
  }
}
