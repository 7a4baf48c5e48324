package dev.engram.realtime;

import dev.engram.tenancy.AppScope;

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
}
