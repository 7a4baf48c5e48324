package dev.engram.tenancy.user;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Optional;

/**
 * A human who signs in to the console. Platform admins have no organization. {@code tokenVersion}
 * is carried by every console token and moves on when the user's sessions must end (password
 * change, disable); a disabled user cannot sign in.
 */
@MappedEntity("console_users")
public record ConsoleUser(
    @Id String id,
    String username,
    String passwordHash,
    String role,
    @Nullable String orgId,
    Instant createdAt,
    Instant updatedAt,
    int tokenVersion,
    @Nullable Instant disabledAt) {

  public boolean isActive() {
    return disabledAt == null;
  }

  /** The user with a new password hash; its other sessions end. */
  ConsoleUser withPassword(String hash, Instant now) {
    return new ConsoleUser(
        id, username, hash, role, orgId, createdAt, now, tokenVersion + 1, disabledAt);
  }

  /** The user disabled (its sessions end) or enabled again. */
  ConsoleUser withDisabled(boolean disabled, Instant now) {
    return new ConsoleUser(
        id,
        username,
        passwordHash,
        role,
        orgId,
        createdAt,
        now,
        disabled ? tokenVersion + 1 : tokenVersion,
        disabled ? now : null);
  }

  /** The user with a new role and organization; its sessions end (a token carries the role). */
  ConsoleUser withRole(Role newRole, @Nullable String newOrgId, Instant now) {
    return new ConsoleUser(
        id,
        username,
        passwordHash,
        newRole.value(),
        newOrgId,
        createdAt,
        now,
        tokenVersion + 1,
        disabledAt);
  }

  /** The user signed out everywhere: every token issued so far stops working. */
  ConsoleUser withSessionsEnded(Instant now) {
    return new ConsoleUser(
        id, username, passwordHash, role, orgId, createdAt, now, tokenVersion + 1, disabledAt);
  }

  public Role roleValue() {
    return Role.fromValue(role)
        .orElseThrow(() -> new IllegalStateException("unknown role " + role));
  }

  /** The user as the actor of console operations. */
  public Actor actor() {
    return new Actor(username, roleValue(), Optional.ofNullable(orgId));
  }
}
