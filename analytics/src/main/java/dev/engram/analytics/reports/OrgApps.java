package dev.engram.analytics.reports;

import java.util.List;

/**
 * The apps of an organization, for reports across them. The api wires it to tenancy; analytics
 * knows ids only.
 */
public interface OrgApps {
  /** The apps of the organization, in a stable order; empty when it has none. */
  List<App> apps(String orgId);

  /** An app and the name shown for it in reports. */
  record App(String appId, String name) {}
}
