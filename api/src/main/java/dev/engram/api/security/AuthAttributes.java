package dev.engram.api.security;

/** Names of attributes that the security wiring puts on requests and authentications. */
public final class AuthAttributes {
  /** Authentication attribute: how the caller proved itself ({@link #API_KEY} or a JWT). */
  public static final String AUTH_TYPE = "auth_type";

  public static final String API_KEY = "api_key";
  public static final String ORG_ID = "org_id";
  public static final String APP_ID = "app_id";
  public static final String KEY_ID = "key_id";

  /** JWT claim naming the organization of a tenant user (same name as Keycloak's mapper). */
  public static final String TENANT_ID = "tenant_id";

  /** JWT claim: the console user's id (a new user of the same name gets a new id). */
  public static final String USER_ID = "uid";

  /** JWT claim: the user's token version when the token was issued (see ConsoleSessions). */
  public static final String TOKEN_VERSION = "tv";

  /** Audience of console tokens; tokens for any other audience are refused. */
  public static final String CONSOLE_AUDIENCE = "engram-console";

  /**
   * Request attribute: why a presented credential was refused (a TenancyException), e.g. a revoked
   * API key or an ended console session.
   */
  public static final String KEY_FAILURE = "engram.key_failure";

  /**
   * Request attribute: who a request claims to be when no one is authenticated (the username of a
   * sign-in), for the audit log.
   */
  public static final String CLAIMED_ACTOR = "engram.audit.claimed_actor";

  private AuthAttributes() {}
}
