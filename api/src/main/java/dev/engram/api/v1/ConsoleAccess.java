package dev.engram.api.v1;

import dev.engram.tenancy.Actor;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import jakarta.inject.Singleton;

/**
 * The console's view of an app's memories: an app of another organization is "not found", and a
 * viewer may read but not change. Events written through the console name the signed-in user.
 */
@Singleton
final class ConsoleAccess {
  /** Role names as compile-time constants for {@code @Secured}. */
  static final String PLATFORM_ADMIN = "platform-admin";

  static final String TENANT_ADMIN = "tenant-admin";
  static final String TENANT_VIEWER = "tenant-viewer";

  private final Apps apps;

  ConsoleAccess(Apps apps) {
    this.apps = apps;
  }

  /** The app, when the actor may read it. */
  App read(Actor actor, String appId) {
    return apps.get(actor, appId);
  }

  /** The app, when the actor may change it. */
  App write(Actor actor, String appId) {
    App app = apps.get(actor, appId);
    actor.requireWrite(app.orgId(), TenancyErrorCode.APP_NOT_FOUND, "app");
    return app;
  }

  /** The actor recorded in the memory's event log. */
  static String eventActor(Actor actor) {
    return "console:" + actor.username();
  }
}
