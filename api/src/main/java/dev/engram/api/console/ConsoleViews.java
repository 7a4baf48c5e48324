package dev.engram.api.console;

import dev.engram.tenancy.apikey.ApiKey;
import dev.engram.tenancy.apikey.IssuedApiKey;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.user.ConsoleUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Bodies of the console API. Hashes never leave the server; key plaintext only once. */
final class ConsoleViews {
  private ConsoleViews() {}

  @Serdeable
  record OrgView(String id, String name, Instant createdAt, Instant updatedAt) {
    static OrgView of(Organization org) {
      return new OrgView(org.id(), org.name(), org.createdAt(), org.updatedAt());
    }
  }

  /**
   * An app. {@code searchIndex} is {@code ready} when its memories can be searched, {@code
   * building} while a remote search service (MongoDB Atlas) is still building the app's indexes —
   * searches find nothing until then — with the indexes' states in {@code searchIndexDetail}.
   */
  @Serdeable
  record AppView(
      String id,
      String orgId,
      String name,
      @Nullable String description,
      Instant createdAt,
      Instant updatedAt,
      @Schema(allowableValues = {"ready", "building"}) String searchIndex,
      @Nullable String searchIndexDetail) {
    static AppView of(App app, Map<String, String> building) {
      String detail = building.get(app.id());
      return new AppView(
          app.id(),
          app.orgId(),
          app.name(),
          app.description(),
          app.createdAt(),
          app.updatedAt(),
          detail == null ? "ready" : "building",
          detail);
    }
  }

  @Serdeable
  record KeyView(
      String id,
      String appId,
      String name,
      String prefix,
      List<String> scopes,
      String status,
      Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant expiresAt,
      @Nullable Instant revokedAt) {
    static KeyView of(ApiKey key, Instant now) {
      String status = key.isRevoked() ? "revoked" : key.isExpired(now) ? "expired" : "active";
      return new KeyView(
          key.id(),
          key.appId(),
          key.name(),
          key.prefix(),
          List.of(key.scopes().split(",")),
          status,
          key.createdAt(),
          key.lastUsedAt(),
          key.expiresAt(),
          key.revokedAt());
    }
  }

  /** A new key: {@code key} holds the secret, shown this once. */
  @Serdeable
  record IssuedKeyView(KeyView apiKey, String key, String notice) {
    static IssuedKeyView of(IssuedApiKey issued, Instant now) {
      return new IssuedKeyView(
          KeyView.of(issued.key(), now),
          issued.plaintext(),
          "Store this key now: Engram keeps only its hash and cannot show it again.");
    }
  }

  @Serdeable
  record UserView(
      String id,
      String username,
      String role,
      @Nullable String orgId,
      Instant createdAt,
      boolean disabled) {
    static UserView of(ConsoleUser user) {
      return new UserView(
          user.id(),
          user.username(),
          user.role(),
          user.orgId(),
          user.createdAt(),
          !user.isActive());
    }
  }

  @Serdeable
  record CreateOrg(String name) {}

  @Serdeable
  record UpdateOrg(String name) {}

  @Serdeable
  record CreateApp(String name, @Nullable String description) {}

  @Serdeable
  record UpdateApp(@Nullable String name, @Nullable String description) {}

  @Serdeable
  record CreateKey(String name, @Nullable List<String> scopes, @Nullable Instant expiresAt) {}

  @Serdeable
  record CreateUser(String username, String password, String role, @Nullable String orgId) {}

  /** A new role; {@code org_id} moves the user between organizations or to/from platform admin. */
  @Serdeable
  record ChangeRole(@Nullable String role, @Nullable String orgId) {}

  @Serdeable
  record ChangePassword(String password, @Nullable String currentPassword) {}

  @Serdeable
  record Me(String username, String role, @Nullable String orgId) {}
}
