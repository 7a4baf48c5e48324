package dev.engram.api.analytics;

import dev.engram.analytics.reports.OrgApps;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.app.Apps;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The apps of an organization for reports, read from tenancy as a viewer of that one org. */
@Singleton
final class TenancyOrgApps implements OrgApps {
  private final Apps apps;

  TenancyOrgApps(Apps apps) {
    this.apps = apps;
  }

  @Override
  public List<App> apps(String orgId) {
    Actor viewer = new Actor("engram-reports", Role.TENANT_VIEWER, Optional.of(orgId));
    return apps.list(viewer, orgId).stream().map(a -> new App(a.id(), a.name())).toList();
  }
}
