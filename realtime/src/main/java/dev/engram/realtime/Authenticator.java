package dev.engram.realtime;

import dev.engram.tenancy.AppScope;
import java.util.Optional;

/** How the gateway checks API keys: the tenancy module's {@code ApiKeys}, handed in by the API. */
public interface Authenticator {
  /**
   * The scope of a presented key.
   *
   * @throws dev.engram.tenancy.TenancyException when the key is invalid, revoked or expired
   */
  AppScope authenticate(String apiKey);

  /** Whether the key is still usable (not revoked, not expired, its app not deleted). */
  boolean isActive(String keyId);

  /**
   * The organization of an app, for org-wide streams (empty when unknown or deleted). The default
   * knows none, so org-wide streams receive nothing.
   */
  default Optional<String> orgOf(String appId) {
    return Optional.empty();
  }
}
