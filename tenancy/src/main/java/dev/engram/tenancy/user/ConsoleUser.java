package dev.engram.tenancy.user;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Optional;

/** A human who signs in to the console. Platform admins have no organization. */
@MappedEntity("console_users")
public record ConsoleUser(
    @Id String id,
    String username,
    String passwordHash,
    String role,
    @Nullable String orgId,
    Instant createdAt,
    Instant updatedAt) {

  public Role roleValue() {
    return Role.fromValue(role)
        .orElseThrow(() -> new IllegalStateException("unknown role " + role));
  }

  /** The user as the actor of console operations. */
  public Actor actor() {
    return new Actor(username, roleValue(), Optional.ofNullable(orgId));
  }
}
