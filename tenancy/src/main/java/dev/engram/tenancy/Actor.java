package dev.engram.tenancy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A signed-in console user acting on the console API. A platform admin reaches every organization;
 * a tenant admin reads and changes its own; a viewer only reads its own.
 */
public record Actor(String username, Role role, Optional<String> orgId) {
  public Actor {
    requireNonNull(username, "username is null");
    requireNonNull(role, "role is null");
    requireNonNull(orgId, "orgId is null");
  }

  public boolean isPlatformAdmin() {
    return role == Role.PLATFORM_ADMIN;
  }

  /** Whether the actor may see the organization at all. */
  public boolean canRead(String org) {
    return isPlatformAdmin() || orgId.filter(org::equals).isPresent();
  }

  /** Whether the actor may change the organization's apps, keys and users. */
  public boolean canWrite(String org) {
    return isPlatformAdmin()
        || (role == Role.TENANT_ADMIN && orgId.filter(org::equals).isPresent());
  }

  /**
   * Fails with "not found" when the organization is invisible to the actor (no existence oracle),
   * and with "forbidden" when it is visible but read-only.
   */
  public void requireWrite(String org, TenancyErrorCode notFound, String what) {
    if (!canRead(org)) {
      throw new TenancyException(notFound, what + " not found");
    }
    if (!canWrite(org)) {
      throw new TenancyException(
          TenancyErrorCode.FORBIDDEN, "role " + role.value() + " is read-only");
    }
  }

  /** Fails with "not found" when the organization is invisible to the actor. */
  public void requireRead(String org, TenancyErrorCode notFound, String what) {
    if (!canRead(org)) {
      throw new TenancyException(notFound, what + " not found");
    }
  }
}
