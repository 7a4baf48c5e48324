package dev.engram.tenancy.apikey;

import dev.engram.tenancy.Scope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * An API key of an app. Only its SHA-256 hash is stored; {@link #prefix()} (the first characters of
 * the key) lets people tell keys apart.
 */
@MappedEntity("api_keys")
public record ApiKey(
    @Id String id,
    String orgId,
    String appId,
    String name,
    String prefix,
    String keyHash,
    String scopes,
    Instant createdAt,
    @Nullable Instant lastUsedAt,
    @Nullable Instant expiresAt,
    @Nullable Instant revokedAt) {

  /** The scopes, parsed from their stored comma-separated form. */
  public Set<Scope> scopeSet() {
    EnumSet<Scope> set = EnumSet.noneOf(Scope.class);
    Arrays.stream(scopes.split(",")).map(Scope::fromValue).forEach(s -> s.ifPresent(set::add));
    return set;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  ApiKey withLastUsedAt(Instant when) {
    return new ApiKey(
        id, orgId, appId, name, prefix, keyHash, scopes, createdAt, when, expiresAt, revokedAt);
  }

  ApiKey withRevokedAt(Instant when) {
    return new ApiKey(
        id, orgId, appId, name, prefix, keyHash, scopes, createdAt, lastUsedAt, expiresAt, when);
  }
}
