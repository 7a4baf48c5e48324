package dev.engram.tenancy.user;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Ids;
import dev.engram.tenancy.Names;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Console users: created by admins, signed in with a password hashed by Argon2id. */
@Singleton
public class ConsoleUsers {
  static final int MIN_PASSWORD = 12;
  static final int MAX_PASSWORD = 200;

  /** A real hash to verify against for unknown usernames, so timing does not reveal them. */
  private static final String DUMMY_HASH = PasswordHasher.hash("engram-dummy-password");

  private final ConsoleUserRepository repository;
  private final Organizations organizations;
  private final Clock clock;

  ConsoleUsers(ConsoleUserRepository repository, Organizations organizations, Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.clock = clock;
  }

  /**
   * Creates a user. Platform admins create any user; tenant admins create tenant users of their own
   * organization.
   */
  @Transactional
  public ConsoleUser create(
      Actor actor, String username, String password, Role role, @Nullable String orgId) {
    if (role == null) {
      throw TenancyException.invalid(
          "role", "must be one of platform-admin, tenant-admin, tenant-viewer");
    }
    if (role == Role.PLATFORM_ADMIN) {
      if (!actor.isPlatformAdmin()) {
        throw new TenancyException(
            TenancyErrorCode.FORBIDDEN, "only a platform admin may create platform admins");
      }
      if (orgId != null) {
        throw TenancyException.invalid("org_id", "must be empty for a platform admin");
      }
    } else {
      if (orgId == null) {
        throw TenancyException.invalid("org_id", "is required for role " + role.value());
      }
      actor.requireWrite(orgId, TenancyErrorCode.ORG_NOT_FOUND, "organization");
      organizations.get(actor, orgId);
    }
    return createUnchecked(username, password, role, orgId);
  }

  /** Creates a user with no actor: for the first-start bootstrap only. */
  @Transactional
  public ConsoleUser createUnchecked(
      String username, String password, Role role, @Nullable String orgId) {
    String cleanUsername = Names.requireUsername(username);
    requirePassword(password);
    if (repository.existsByUsername(cleanUsername)) {
      throw new TenancyException(
          TenancyErrorCode.USERNAME_TAKEN, "username '" + cleanUsername + "' is taken", "username");
    }
    Instant now = clock.instant();
    return repository.save(
        new ConsoleUser(
            Ids.newId("usr"),
            cleanUsername,
            PasswordHasher.hash(password),
            role.value(),
            orgId,
            now,
            now));
  }

  /** The user whose password matches, or empty; takes the same time for unknown usernames. */
  public Optional<ConsoleUser> authenticate(String username, String password) {
    if (username == null || password == null || password.length() > MAX_PASSWORD) {
      return Optional.empty();
    }
    Optional<ConsoleUser> user = repository.findByUsername(username);
    boolean matches =
        PasswordHasher.verify(password, user.map(ConsoleUser::passwordHash).orElse(DUMMY_HASH));
    return matches ? user : Optional.empty();
  }

  public List<ConsoleUser> list(Actor actor, @Nullable String orgId) {
    if (orgId == null) {
      return repository.findAllOrderByUsername().stream()
          .filter(u -> actor.isPlatformAdmin() || (u.orgId() != null && actor.canRead(u.orgId())))
          .toList();
    }
    actor.requireRead(orgId, TenancyErrorCode.ORG_NOT_FOUND, "organization");
    return repository.findByOrgIdOrderByUsername(orgId);
  }

  public ConsoleUser get(Actor actor, String id) {
    ConsoleUser user = find(id);
    requireVisible(actor, user);
    return user;
  }

  @Transactional
  public ConsoleUser changePassword(Actor actor, String id, String password) {
    ConsoleUser user = find(id);
    boolean self = user.username().equals(actor.username());
    if (!self) {
      requireWritable(actor, user);
    }
    requirePassword(password);
    return repository.update(
        new ConsoleUser(
            user.id(),
            user.username(),
            PasswordHasher.hash(password),
            user.role(),
            user.orgId(),
            user.createdAt(),
            clock.instant()));
  }

  @Transactional
  public void delete(Actor actor, String id) {
    ConsoleUser user = find(id);
    requireWritable(actor, user);
    if (user.roleValue() == Role.PLATFORM_ADMIN
        && repository.countByRole(Role.PLATFORM_ADMIN.value()) <= 1) {
      throw new TenancyException(
          TenancyErrorCode.LAST_PLATFORM_ADMIN, "the last platform admin cannot be deleted");
    }
    repository.delete(user);
  }

  public boolean anyExists() {
    return repository.count() > 0;
  }

  private void requireVisible(Actor actor, ConsoleUser user) {
    if (!actor.isPlatformAdmin() && (user.orgId() == null || !actor.canRead(user.orgId()))) {
      throw new TenancyException(TenancyErrorCode.USER_NOT_FOUND, "user not found");
    }
  }

  private void requireWritable(Actor actor, ConsoleUser user) {
    requireVisible(actor, user);
    if (user.orgId() == null ? !actor.isPlatformAdmin() : !actor.canWrite(user.orgId())) {
      throw new TenancyException(
          TenancyErrorCode.FORBIDDEN, "role " + actor.role().value() + " may not change this user");
    }
  }

  private ConsoleUser find(String id) {
    return repository
        .findById(id)
        .orElseThrow(() -> new TenancyException(TenancyErrorCode.USER_NOT_FOUND, "user not found"));
  }

  private static void requirePassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw TenancyException.invalid(
          "password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
    }
  }
}
