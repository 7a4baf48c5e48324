package dev.engram.realtime;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keys held in memory: {@code eng_<name>} of an app, revocable. */
final class FakeAuthenticator implements Authenticator {
  private final Map<String, AppScope> keys = new ConcurrentHashMap<>();
  private final Set<String> revoked = ConcurrentHashMap.newKeySet();
  private final Map<String, String> orgs = new ConcurrentHashMap<>();

  String add(String appId, String keyId, Scope... scopes) {
    return addIn("org_1", appId, keyId, scopes);
  }

  /** A key of an app of another organization than {@code org_1}. */
  String addIn(String orgId, String appId, String keyId, Scope... scopes) {
    orgs.put(appId, orgId);
    String key = "eng_" + keyId;
    keys.put(
        key,
        new AppScope(
            orgId, appId, keyId, scopes.length == 0 ? EnumSet.allOf(Scope.class) : Set.of(scopes)));
    return key;
  }

  void revoke(String keyId) {
    revoked.add(keyId);
  }

  @Override
  public AppScope authenticate(String apiKey) {
    AppScope scope = keys.get(apiKey);
    if (scope == null) {
      throw new TenancyException(TenancyErrorCode.API_KEY_INVALID, "the API key is not valid");
    }
    if (revoked.contains(scope.keyId())) {
      throw new TenancyException(TenancyErrorCode.API_KEY_REVOKED, "the API key has been revoked");
    }
    return scope;
  }

  @Override
  public boolean isActive(String keyId) {
    return !revoked.contains(keyId);
  }

  @Override
  public java.util.Optional<String> orgOf(String appId) {
    return java.util.Optional.ofNullable(orgs.get(appId));
  }

  AppScope scope(String key) {
    return keys.get(key);
  }
}
