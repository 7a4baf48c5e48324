package dev.engram.tenancy.user;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Ids;
import dev.engram.tenancy.Names;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.identity.IdentityProvisioner;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
  private final ConsoleSessions sessions;
  private final SignInThrottle throttle;
  private final Clock clock;
  // Keycloak, when configured (each change is mirrored there inside the same transaction)
  private final BeanProvider<IdentityProvisioner> identity;

  ConsoleUsers(
      ConsoleUserRepository repository,
      Organizations organizations,
      ConsoleSessions sessions,
      SignInThrottle throttle,
      Clock clock,
      BeanProvider<IdentityProvisioner> identity) {
    this.repository = repository;
    this.organizations = organizations;
    this.sessions = sessions;
    this.throttle = throttle;
    this.clock = clock;
    this.identity = identity;
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
    ConsoleUser user = createUnchecked(username, password, role, orgId);
    identity.ifPresent(p -> p.userCreated(user, password));
    return user;
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
            now,
            0,
            null));
  }

  /**
   * Signs a user in from a client address: the active user whose password matches, or empty.
   *
   * @throws TenancyException {@code sign_in_throttled} when this username or address failed too
   *     often lately (see {@link SignInConfiguration})
   */
  public Optional<ConsoleUser> signIn(String username, String password, String address) {
    if (username == null
        || username.length() > Names.MAX_NAME
        || password == null
        || password.length() > MAX_PASSWORD) {
      return Optional.empty();
    }
    throttle.acquire(username, address);
    Optional<ConsoleUser> user = authenticate(username, password);
    if (user.isPresent()) {
      throttle.release(username, address);
    }
    return user;
  }

  /** The active user whose password matches, or empty; same time for unknown usernames. */
  private Optional<ConsoleUser> authenticate(String username, String password) {
    Optional<ConsoleUser> user = repository.findByUsername(username);
    boolean matches =
        PasswordHasher.verify(password, user.map(ConsoleUser::passwordHash).orElse(DUMMY_HASH));
    return matches ? user.filter(ConsoleUser::isActive) : Optional.empty();
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

  /**
   * Sets a user's password and ends the user's sessions (the caller signs in again or uses the
   * token returned for it). Changing one's own password needs the current one; an admin changing
   * another user's does not.
   */
  @Transactional
  public ConsoleUser changePassword(
      Actor actor, String id, @Nullable String currentPassword, String password) {
    ConsoleUser user = find(id);
    boolean self = user.username().equals(actor.username());
    if (self) {
      if (currentPassword == null || currentPassword.isEmpty()) {
        throw TenancyException.invalid(
            "current_password", "is required to change your own password");
      }
      if (currentPassword.length() > MAX_PASSWORD
          || !PasswordHasher.verify(currentPassword, user.passwordHash())) {
        throw TenancyException.invalid("current_password", "does not match");
      }
    } else {
      requireWritable(actor, user);
    }
    requirePassword(password);
    sessions.changed();
    ConsoleUser changed =
        repository.update(user.withPassword(PasswordHasher.hash(password), clock.instant()));
    identity.ifPresent(p -> p.passwordSet(changed, password, !self));
    return changed;
  }

  /** Disables a user (its sessions end at once, it cannot sign in) or enables it again. */
  @Transactional
  public ConsoleUser setDisabled(Actor actor, String id, boolean disabled) {
    ConsoleUser user = find(id);
    requireWritable(actor, user);
    if (disabled && user.username().equals(actor.username())) {
      throw new TenancyException(TenancyErrorCode.FORBIDDEN, "you cannot disable yourself");
    }
    if (disabled == !user.isActive()) {
      return user;
    }
    if (disabled && isLastPlatformAdmin(user)) {
      throw new TenancyException(
          TenancyErrorCode.LAST_PLATFORM_ADMIN, "the last platform admin cannot be disabled");
    }
    sessions.changed();
    ConsoleUser changed = repository.update(user.withDisabled(disabled, clock.instant()));
    identity.ifPresent(p -> p.userChanged(user, changed));
    return changed;
  }

  /**
   * Changes a user's role, and its organization when it moves between platform and tenant roles;
   * the user's sessions end. Platform admins change any user; tenant admins switch users of their
   * own organization between tenant-admin and tenant-viewer. Nobody changes their own role.
   */
  @Transactional
  public ConsoleUser changeRole(Actor actor, String id, Role role, @Nullable String orgId) {
    if (role == null) {
      throw TenancyException.invalid(
          "role", "must be one of platform-admin, tenant-admin, tenant-viewer");
    }
    ConsoleUser user = find(id);
    requireWritable(actor, user);
    if (user.username().equals(actor.username())) {
      throw new TenancyException(TenancyErrorCode.FORBIDDEN, "you cannot change your own role");
    }
    String newOrg;
    if (role == Role.PLATFORM_ADMIN) {
      if (!actor.isPlatformAdmin()) {
        throw new TenancyException(
            TenancyErrorCode.FORBIDDEN, "only a platform admin may make platform admins");
      }
      if (orgId != null) {
        throw TenancyException.invalid("org_id", "must be empty for a platform admin");
      }
      newOrg = null;
    } else {
      newOrg = orgId != null ? orgId : user.orgId();
      if (newOrg == null) {
        throw TenancyException.invalid("org_id", "is required for role " + role.value());
      }
      actor.requireWrite(newOrg, TenancyErrorCode.ORG_NOT_FOUND, "organization");
      organizations.get(actor, newOrg);
      if (isLastPlatformAdmin(user)) {
        throw new TenancyException(
            TenancyErrorCode.LAST_PLATFORM_ADMIN,
            "the last platform admin cannot become a tenant user");
      }
    }
    if (user.roleValue() == role && Objects.equals(user.orgId(), newOrg)) {
      return user;
    }
    sessions.changed();
    ConsoleUser changed = repository.update(user.withRole(role, newOrg, clock.instant()));
    identity.ifPresent(p -> p.userChanged(user, changed));
    return changed;
  }

  /**
   * Ends every session of the signed-in user (server-side sign-out): tokens issued so far are
   * refused from now on, on this instance at once and on others within the session cache's TTL.
   */
  @Transactional
  public void signOut(Actor actor) {
    ConsoleUser user =
        repository
            .findByUsername(actor.username())
            .orElseThrow(
                () -> new TenancyException(TenancyErrorCode.USER_NOT_FOUND, "user not found"));
    sessions.changed();
    ConsoleUser changed = repository.update(user.withSessionsEnded(clock.instant()));
    identity.ifPresent(p -> p.sessionsEnded(changed));
  }

  @Transactional
  public void delete(Actor actor, String id) {
    ConsoleUser user = find(id);
    requireWritable(actor, user);
    if (isLastPlatformAdmin(user)) {
      throw new TenancyException(
          TenancyErrorCode.LAST_PLATFORM_ADMIN, "the last platform admin cannot be deleted");
    }
    sessions.changed();
    repository.delete(user);
    identity.ifPresent(p -> p.userDeleted(user));
  }

  /** Whether the user is the only active platform admin. */
  private boolean isLastPlatformAdmin(ConsoleUser user) {
    return user.roleValue() == Role.PLATFORM_ADMIN
        && user.isActive()
        && repository.countByRoleAndDisabledAtIsNull(Role.PLATFORM_ADMIN.value()) <= 1;
  }

  /** The organization of a tenant user, if it is one (no access check: for the audit log). */
  public Optional<String> orgOf(String id) {
    return repository.findById(id).map(ConsoleUser::orgId);
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
