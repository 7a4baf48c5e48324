package dev.engram.tenancy.org;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Ids;
import dev.engram.tenancy.Names;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.identity.IdentityProvisioner;
import dev.engram.tenancy.user.ConsoleUser;
import dev.engram.tenancy.user.ConsoleUsers;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Creates, lists, renames and deletes organizations. */
@Singleton
public class Organizations {
  private final OrganizationRepository repository;
  private final Apps apps;
  // a provider: console users check their organization through this class
  private final BeanProvider<ConsoleUsers> users;
  private final Clock clock;
  // Keycloak, when configured: an organization is a group there
  private final BeanProvider<IdentityProvisioner> identity;

  Organizations(
      OrganizationRepository repository,
      Apps apps,
      BeanProvider<ConsoleUsers> users,
      Clock clock,
      BeanProvider<IdentityProvisioner> identity) {
    this.repository = repository;
    this.apps = apps;
    this.users = users;
    this.clock = clock;
    this.identity = identity;
  }

  /** Creates an organization; only platform admins may (and the bootstrap, as {@code null}). */
  @Transactional
  public Organization create(Actor actor, String name) {
    requirePlatformAdmin(actor);
    String cleanName = Names.requireName("name", name);
    if (repository.existsByName(cleanName)) {
      throw new TenancyException(
          TenancyErrorCode.ORG_NAME_TAKEN,
          "an organization named '" + cleanName + "' exists",
          "name");
    }
    Instant now = clock.instant();
    Organization org = repository.save(new Organization(Ids.newId("org"), cleanName, now, now));
    identity.ifPresent(p -> p.organizationCreated(org));
    return org;
  }

  public List<Organization> list(Actor actor) {
    return repository.findAllOrderByName().stream().filter(o -> actor.canRead(o.id())).toList();
  }

  public Organization get(Actor actor, String id) {
    Organization org = find(id);
    actor.requireRead(org.id(), TenancyErrorCode.ORG_NOT_FOUND, "organization");
    return org;
  }

  @Transactional
  public Organization rename(Actor actor, String id, String name) {
    Organization org = find(id);
    actor.requireWrite(org.id(), TenancyErrorCode.ORG_NOT_FOUND, "organization");
    String cleanName = Names.requireName("name", name);
    if (!cleanName.equals(org.name()) && repository.existsByName(cleanName)) {
      throw new TenancyException(
          TenancyErrorCode.ORG_NAME_TAKEN,
          "an organization named '" + cleanName + "' exists",
          "name");
    }
    Organization renamed =
        repository.update(new Organization(org.id(), cleanName, org.createdAt(), clock.instant()));
    identity.ifPresent(p -> p.organizationRenamed(renamed));
    return renamed;
  }

  /**
   * Deletes an organization with its console users and its apps (each app as {@link Apps#delete}
   * does: keys at once, data by the purge), in one transaction; only platform admins may. Another
   * tenant's organization is "not found" to a tenant user, as everywhere else.
   */
  @Transactional
  public void delete(Actor actor, String id) {
    Organization org = find(id);
    actor.requireRead(org.id(), TenancyErrorCode.ORG_NOT_FOUND, "organization");
    requirePlatformAdmin(actor);
    for (App app : apps.list(actor, org.id())) {
      apps.delete(actor, app.id());
    }
    ConsoleUsers consoleUsers = users.get();
    for (ConsoleUser user : consoleUsers.list(actor, org.id())) {
      consoleUsers.delete(actor, user.id());
    }
    repository.delete(org);
    identity.ifPresent(p -> p.organizationDeleted(org));
  }

  /** The organization by id, for code that already holds a scope inside it. */
  public java.util.Optional<Organization> findById(String id) {
    return repository.findById(id);
  }

  private Organization find(String id) {
    return repository
        .findById(id)
        .orElseThrow(
            () -> new TenancyException(TenancyErrorCode.ORG_NOT_FOUND, "organization not found"));
  }

  private static void requirePlatformAdmin(Actor actor) {
    if (!actor.isPlatformAdmin()) {
      throw new TenancyException(
          TenancyErrorCode.FORBIDDEN, "only a platform admin may create or delete organizations");
    }
  }
}
