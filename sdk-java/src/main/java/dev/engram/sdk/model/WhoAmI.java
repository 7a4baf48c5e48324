package dev.engram.sdk.model;

import java.util.List;

/** The organization, app and scopes an API key stands for. */
public record WhoAmI(Named org, Named app, String keyId, List<String> scopes) {
  public WhoAmI {
    org = org == null ? new Named("", "") : org;
    app = app == null ? new Named("", "") : app;
    scopes = Norm.list(scopes);
  }

  /** An id and a display name. */
  public record Named(String id, String name) {}
}
