package dev.engram.tenancy;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * The app a request acts in, resolved from its API key (never from the body). Every memory
 * operation receives one.
 */
public record AppScope(String orgId, String appId, String keyId, Set<Scope> scopes) {
  public AppScope {
    requireNonNull(orgId, "orgId is null");
    requireNonNull(appId, "appId is null");
    requireNonNull(keyId, "keyId is null");
    scopes = Set.copyOf(requireNonNull(scopes, "scopes is null"));
  }

  /** Whether the key carries the scope; {@link Scope#ADMIN} implies every other scope. */
  public boolean allows(Scope scope) {
    return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
  }
}
