package dev.engram.tenancy.apikey;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.AfterCommit;
import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Ids;
import dev.engram.tenancy.Names;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.AppLifecycleListener;
import dev.engram.tenancy.app.Apps;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Issues, authenticates, rotates and revokes the API keys of apps. */
@Singleton
public class ApiKeys implements AppLifecycleListener {
  /** How stale {@code last_used_at} may get before a request writes it again. */
  static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  private final ApiKeyRepository repository;
  private final KeyCache cache = new KeyCache();
  private final BeanProvider<Apps> apps;
  private final AfterCommit afterCommit;
  private final Clock clock;
  private final List<ApiKeyListener> listeners;

  ApiKeys(
      ApiKeyRepository repository,
      BeanProvider<Apps> apps,
      AfterCommit afterCommit,
      Clock clock,
      List<ApiKeyListener> listeners) {
    this.repository = repository;
    this.apps = apps;
    this.afterCommit = afterCommit;
    this.clock = clock;
    this.listeners = listeners;
  }

  /** Issues a key for an app; the plaintext is returned once and never stored. */
  @Transactional
  public IssuedApiKey create(
      Actor actor,
      String appId,
      String name,
      Collection<Scope> scopes,
      @Nullable Instant expiresAt) {
    App app = apps.get().get(actor, appId);
    actor.requireWrite(app.orgId(), TenancyErrorCode.APP_NOT_FOUND, "app");
    return issue(app, name, scopes, expiresAt);
  }

  /** Issues a key without an actor: for the first-start bootstrap only. */
  @Transactional
  public IssuedApiKey issue(
      App app, String name, Collection<Scope> scopes, @Nullable Instant expiresAt) {
    String cleanName = Names.requireName("name", name);
    if (scopes == null || scopes.isEmpty()) {
      throw TenancyException.invalid("scopes", "must name at least one scope");
    }
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw TenancyException.invalid("expires_at", "must be in the future");
    }
    String plaintext = ApiKeySecrets.newKey();
    String storedScopes =
        scopes.stream().sorted().map(Scope::value).distinct().collect(Collectors.joining(","));
    ApiKey key =
        repository.save(
            new ApiKey(
                Ids.newId("key"),
                app.orgId(),
                app.id(),
                cleanName,
                plaintext.substring(0, ApiKeySecrets.DISPLAY_PREFIX_LENGTH),
                ApiKeySecrets.hash(plaintext),
                storedScopes,
                now,
                null,
                expiresAt,
                null));
    return new IssuedApiKey(key, plaintext);
  }

  public List<ApiKey> list(Actor actor, String appId) {
    App app = apps.get().get(actor, appId);
    return repository.findByAppIdOrderByCreatedAt(app.id());
  }

  public ApiKey get(Actor actor, String keyId) {
    ApiKey key = find(keyId);
    actor.requireRead(key.orgId(), TenancyErrorCode.API_KEY_NOT_FOUND, "API key");
    return key;
  }

  /**
   * Revokes a key at once: once this returns, requests with it fail on this instance (the cache is
   * invalidated after the commit), on other instances within {@link KeyCache#TTL}. Revoking twice
   * is harmless.
   */
  @Transactional
  public ApiKey revoke(Actor actor, String keyId) {
    ApiKey key = find(keyId);
    actor.requireWrite(key.orgId(), TenancyErrorCode.API_KEY_NOT_FOUND, "API key");
    afterCommit.run(cache::invalidate);
    afterCommit.run(() -> listeners.forEach(l -> l.keyRevoked(key)));
    return key.isRevoked() ? key : repository.update(key.withRevokedAt(clock.instant()));
  }

  /** Issues a replacement with the same name, scopes and expiry, and revokes the old key. */
  @Transactional
  public IssuedApiKey rotate(Actor actor, String keyId) {
    ApiKey old = find(keyId);
    actor.requireWrite(old.orgId(), TenancyErrorCode.API_KEY_NOT_FOUND, "API key");
    if (old.isRevoked()) {
      throw new TenancyException(
          TenancyErrorCode.API_KEY_REVOKED, "a revoked key cannot be rotated");
    }
    App app =
        apps.get()
            .findById(old.appId())
            .orElseThrow(
                () -> new TenancyException(TenancyErrorCode.APP_NOT_FOUND, "app not found"));
    Instant expiresAt = old.isExpired(clock.instant()) ? null : old.expiresAt();
    IssuedApiKey replacement = issue(app, old.name(), old.scopeSet(), expiresAt);
    repository.update(old.withRevokedAt(clock.instant()));
    afterCommit.run(cache::invalidate);
    afterCommit.run(() -> listeners.forEach(l -> l.keyRevoked(old)));
    return replacement;
  }

  /**
   * Resolves a presented key to the scope of its app.
   *
   * @throws TenancyException {@code invalid_api_key}, {@code api_key_revoked} or {@code
   *     api_key_expired}
   */
  public AppScope authenticate(String presented) {
    if (presented == null || !ApiKeySecrets.looksLikeKey(presented)) {
      throw new TenancyException(TenancyErrorCode.API_KEY_INVALID, "the API key is not valid");
    }
    String hash = ApiKeySecrets.hash(presented);
    ApiKey key = cache.get(hash).orElseGet(() -> load(hash));
    Instant now = clock.instant();
    if (key.isRevoked()) {
      throw new TenancyException(TenancyErrorCode.API_KEY_REVOKED, "the API key has been revoked");
    }
    if (key.isExpired(now)) {
      throw new TenancyException(TenancyErrorCode.API_KEY_EXPIRED, "the API key has expired");
    }
    if (key.lastUsedAt() == null || key.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
      repository.updateLastUsedAt(key.id(), now);
      key = key.withLastUsedAt(now);
      cache.refresh(hash, key);
    }
    return new AppScope(key.orgId(), key.appId(), key.id(), key.scopeSet());
  }

  /**
   * Whether the key still exists (its app was not deleted), is not revoked and has not expired: for
   * long-lived connections, which check it again from time to time.
   */
  public boolean isActive(String keyId) {
    Instant now = clock.instant();
    return repository
        .findById(keyId)
        .filter(key -> !key.isRevoked() && !key.isExpired(now))
        .isPresent();
  }

  /** The organization a key belongs to (no access check: for the audit log). */
  public java.util.Optional<String> orgOf(String keyId) {
    return repository.findById(keyId).map(ApiKey::orgId);
  }

  /** Reads a key from the database and caches it (revoked keys too: revocation is final). */
  private ApiKey load(String hash) {
    long generation = cache.generation();
    ApiKey key =
        repository
            .findByKeyHash(hash)
            .orElseThrow(
                () ->
                    new TenancyException(
                        TenancyErrorCode.API_KEY_INVALID, "the API key is not valid"));
    cache.put(hash, key, generation);
    return key;
  }

  /**
   * The app's keys go with it (the rows cascade): forget them once the deletion commits, so no
   * request authenticates with them after the deletion has answered.
   */
  @Override
  public void appDeleted(App app) {
    afterCommit.run(cache::invalidate);
  }

  private ApiKey find(String keyId) {
    return repository
        .findById(keyId)
        .orElseThrow(
            () -> new TenancyException(TenancyErrorCode.API_KEY_NOT_FOUND, "API key not found"));
  }
}
