package dev.engram.tenancy.app;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Ids;
import dev.engram.tenancy.Names;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Creates, lists, updates and deletes apps inside organizations. */
@Singleton
public class Apps {
  static final int MAX_DESCRIPTION = 500;

  private final AppRepository repository;
  private final List<AppLifecycleListener> listeners;
  // a provider: organizations list their apps through this class
  private final BeanProvider<Organizations> organizations;
  private final Clock clock;

  Apps(
      AppRepository repository,
      List<AppLifecycleListener> listeners,
      BeanProvider<Organizations> organizations,
      Clock clock) {
    this.repository = repository;
    this.listeners = listeners;
    this.organizations = organizations;
    this.clock = clock;
  }

  @Transactional
  public App create(Actor actor, String orgId, String name, @Nullable String description) {
    actor.requireWrite(orgId, TenancyErrorCode.ORG_NOT_FOUND, "organization");
    requireOrg(orgId);
    String cleanName = Names.requireName("name", name);
    String cleanDescription = description(description);
    if (repository.existsByOrgIdAndName(orgId, cleanName)) {
      throw new TenancyException(
          TenancyErrorCode.APP_NAME_TAKEN,
          "an app named '" + cleanName + "' exists in this organization",
          "name");
    }
    Instant now = clock.instant();
    App app =
        repository.save(new App(Ids.newId("app"), orgId, cleanName, cleanDescription, now, now));
    listeners.forEach(l -> l.appCreated(app));
    return app;
  }

  public List<App> list(Actor actor, String orgId) {
    actor.requireRead(orgId, TenancyErrorCode.ORG_NOT_FOUND, "organization");
    requireOrg(orgId);
    return repository.findByOrgIdOrderByName(orgId);
  }

  /**
   * A platform admin passes the actor's check for any id: an organization that does not exist is
   * "not found" too (it was an empty list, and a database error on create).
   */
  private void requireOrg(String orgId) {
    if (organizations.get().findById(orgId).isEmpty()) {
      throw new TenancyException(TenancyErrorCode.ORG_NOT_FOUND, "organization not found");
    }
  }

  public App get(Actor actor, String appId) {
    App app = find(appId);
    actor.requireRead(app.orgId(), TenancyErrorCode.APP_NOT_FOUND, "app");
    return app;
  }

  @Transactional
  public App update(
      Actor actor, String appId, @Nullable String name, @Nullable String description) {
    App app = find(appId);
    actor.requireWrite(app.orgId(), TenancyErrorCode.APP_NOT_FOUND, "app");
    String newName = name == null ? app.name() : Names.requireName("name", name);
    String newDescription = description == null ? app.description() : description(description);
    if (!newName.equals(app.name()) && repository.existsByOrgIdAndName(app.orgId(), newName)) {
      throw new TenancyException(
          TenancyErrorCode.APP_NAME_TAKEN,
          "an app named '" + newName + "' exists in this organization",
          "name");
    }
    return repository.update(
        new App(app.id(), app.orgId(), newName, newDescription, app.createdAt(), clock.instant()));
  }

  /** Deletes the app, its keys and (through the listeners) its memories. */
  @Transactional
  public void delete(Actor actor, String appId) {
    App app = find(appId);
    actor.requireWrite(app.orgId(), TenancyErrorCode.APP_NOT_FOUND, "app");
    listeners.forEach(l -> l.appDeleted(app));
    repository.delete(app);
  }

  /** The app by id, for code that already holds a scope for it. */
  public Optional<App> findById(String appId) {
    return repository.findById(appId);
  }

  /** Ids of every app, for background work that visits all apps. */
  public List<String> allIds() {
    List<String> ids = new java.util.ArrayList<>();
    repository.findAll().forEach(app -> ids.add(app.id()));
    return ids;
  }

  public long countInOrg(String orgId) {
    return repository.countByOrgId(orgId);
  }

  private App find(String appId) {
    return repository
        .findById(appId)
        .orElseThrow(() -> new TenancyException(TenancyErrorCode.APP_NOT_FOUND, "app not found"));
  }

  private static @Nullable String description(@Nullable String description) {
    if (description == null || description.isBlank()) {
      return null;
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw TenancyException.invalid(
          "description", "must be at most " + MAX_DESCRIPTION + " characters");
    }
    return description.strip();
  }
}
