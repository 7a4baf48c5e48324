package dev.engram.tenancy.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.apikey.ApiKey;
import dev.engram.tenancy.apikey.ApiKeys;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Quotas and rate limits of organizations and keys: the configured defaults, overridden per
 * organization (platform admins) and per key (admins of the key's organization). Enforcement reads
 * them through a cache that other instances refresh within 10 seconds.
 */
@Singleton
public class Limits {
  static final String ORG = "org";
  static final String KEY = "key";
  private static final Duration CACHE_TTL = Duration.ofSeconds(10);

  private final LimitOverrideRepository repository;
  private final LimitsConfiguration defaults;
  private final Organizations organizations;
  private final ApiKeys keys;
  private final Clock clock;
  private final Cache<String, Optional<LimitOverride>> cache =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(CACHE_TTL).build();

  Limits(
      LimitOverrideRepository repository,
      LimitsConfiguration defaults,
      Organizations organizations,
      ApiKeys keys,
      Clock clock) {
    this.repository = repository;
    this.defaults = defaults;
    this.organizations = organizations;
    this.keys = keys;
    this.clock = clock;
  }

  /** The limits in force for an organization (no access check: for enforcement). */
  public OrgLimits forOrg(String orgId) {
    Optional<LimitOverride> o = override(ORG, orgId);
    return new OrgLimits(
        o.map(LimitOverride::requestsPerSecond).orElse(defaults.orgRequestsPerSecond()),
        o.map(LimitOverride::memoriesPerApp).orElse(defaults.memoriesPerApp()),
        o.map(LimitOverride::storageMbPerApp).orElse(defaults.storageMbPerApp()),
        o.map(LimitOverride::llmCallsPerDay).orElse(defaults.llmCallsPerDay()));
  }

  /** The requests per second one key may make (no access check: for enforcement). */
  public int keyRequestsPerSecond(String keyId) {
    return override(KEY, keyId)
        .map(LimitOverride::requestsPerSecond)
        .orElse(defaults.keyRequestsPerSecond());
  }

  /** An organization's overrides (all null: defaults only); any role of the organization. */
  public LimitChange orgOverrides(Actor actor, String orgId) {
    organizations.get(actor, orgId);
    return override(ORG, orgId).map(Limits::change).orElse(new LimitChange(null, null, null, null));
  }

  /** Sets an organization's overrides; platform admins only (quotas are the operator's call). */
  @Transactional
  public OrgLimits setOrg(Actor actor, String orgId, LimitChange change) {
    organizations.get(actor, orgId);
    if (!actor.isPlatformAdmin()) {
      throw new TenancyException(
          TenancyErrorCode.FORBIDDEN, "only a platform admin may change an organization's limits");
    }
    positive("requests_per_second", change.requestsPerSecond());
    positive("memories_per_app", change.memoriesPerApp());
    positive("storage_mb_per_app", change.storageMbPerApp());
    positive("llm_calls_per_day", change.llmCallsPerDay());
    save(
        ORG,
        orgId,
        change.requestsPerSecond(),
        change.memoriesPerApp(),
        change.storageMbPerApp(),
        change.llmCallsPerDay());
    return forOrg(orgId);
  }

  /** A key's own requests-per-second override, if any; any role of the key's organization. */
  public Optional<Integer> keyOverride(Actor actor, String keyId) {
    keys.get(actor, keyId);
    return override(KEY, keyId).map(LimitOverride::requestsPerSecond);
  }

  /** Sets (or with null clears) a key's requests per second; admins of its organization. */
  @Transactional
  public int setKey(Actor actor, String keyId, @Nullable Integer requestsPerSecond) {
    ApiKey key = keys.get(actor, keyId);
    actor.requireWrite(key.orgId(), TenancyErrorCode.API_KEY_NOT_FOUND, "API key");
    positive("requests_per_second", requestsPerSecond);
    save(KEY, keyId, requestsPerSecond, null, null, null);
    return keyRequestsPerSecond(keyId);
  }

  private void save(
      String type,
      String subject,
      @Nullable Integer rps,
      @Nullable Long memories,
      @Nullable Long storage,
      @Nullable Long llm) {
    String id = LimitOverride.idOf(type, subject);
    LimitOverride row =
        new LimitOverride(id, type, subject, rps, memories, storage, llm, clock.instant());
    if (repository.existsById(id)) {
      repository.update(row);
    } else {
      repository.save(row);
    }
    cache.invalidate(id);
  }

  private Optional<LimitOverride> override(String type, String subject) {
    return cache.get(LimitOverride.idOf(type, subject), repository::findById);
  }

  private static LimitChange change(LimitOverride o) {
    return new LimitChange(
        o.requestsPerSecond(), o.memoriesPerApp(), o.storageMbPerApp(), o.llmCallsPerDay());
  }

  private static void positive(String field, @Nullable Number value) {
    if (value != null && value.longValue() < 1) {
      throw TenancyException.invalid(field, "must be at least 1, or null for the default");
    }
  }
}
