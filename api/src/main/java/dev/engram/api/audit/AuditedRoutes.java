package dev.engram.api.audit;

import java.util.Map;
import java.util.Optional;

/**
 * Which requests the audit log records and under what action name: every console API request that
 * changes something (any method but GET, HEAD and OPTIONS under {@code /admin/v1/}, sign-in
 * included) and the uses of API keys that move or erase a whole app's or user's data (export,
 * import, erase-user). Console routes without a name here are recorded as {@code METHOD template}.
 */
final class AuditedRoutes {
  static final String SIGN_IN = "sign_in";

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("POST /admin/v1/login", SIGN_IN),
          Map.entry("POST /admin/v1/logout", "sign_out"),
          Map.entry("POST /admin/v1/orgs", "org.create"),
          Map.entry("PATCH /admin/v1/orgs/{orgId}", "org.rename"),
          Map.entry("DELETE /admin/v1/orgs/{orgId}", "org.delete"),
          Map.entry("POST /admin/v1/orgs/{orgId}/apps", "app.create"),
          Map.entry("PATCH /admin/v1/apps/{appId}", "app.update"),
          Map.entry("DELETE /admin/v1/apps/{appId}", "app.delete"),
          Map.entry("POST /admin/v1/apps/{appId}/keys", "key.create"),
          Map.entry("POST /admin/v1/keys/{keyId}/rotate", "key.rotate"),
          Map.entry("POST /admin/v1/keys/{keyId}/revoke", "key.revoke"),
          Map.entry("POST /admin/v1/users", "user.create"),
          Map.entry("PUT /admin/v1/users/{userId}/password", "user.password"),
          Map.entry("PUT /admin/v1/users/{userId}/role", "user.role"),
          Map.entry("POST /admin/v1/users/{userId}/disable", "user.disable"),
          Map.entry("POST /admin/v1/users/{userId}/enable", "user.enable"),
          Map.entry("DELETE /admin/v1/users/{userId}", "user.delete"),
          Map.entry("PUT /admin/v1/orgs/{orgId}/limits", "limits.org.set"),
          Map.entry("PUT /admin/v1/keys/{keyId}/limits", "limits.key.set"),
          Map.entry("DELETE /admin/v1/apps/{appId}/memories", "memories.erase_user"),
          Map.entry("GET /admin/v1/apps/{appId}/export", "memories.export"),
          Map.entry("GET /v1/export", "memories.export"),
          Map.entry("POST /v1/import", "memories.import"),
          Map.entry("DELETE /v1/memories", "memories.erase_user"),
          Map.entry("GET /api/v1/export", "memories.export"),
          Map.entry("POST /api/v1/import", "memories.import"));

  /** Kinds of objects, by the path variable that names them. */
  private static final Map<String, String> TARGETS =
      Map.of(
          "orgId", "org",
          "appId", "app",
          "keyId", "key",
          "userId", "user",
          "scheduleId", "report_schedule");

  private AuditedRoutes() {}

  /** The action a request stands for, or empty when it is not audited. */
  static Optional<String> action(String method, String template) {
    String named = NAMES.get(method + " " + template);
    if (named != null) {
      return Optional.of(named);
    }
    boolean change = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    return change && template.startsWith("/admin/v1/")
        ? Optional.of(method + " " + template)
        : Optional.empty();
  }

  /** The kind of object a path variable names, if it names one. */
  static Optional<String> targetType(String variable) {
    return Optional.ofNullable(TARGETS.get(variable));
  }

  /** The kind of object a create action makes ({@code app.create} makes an {@code app}). */
  static Optional<String> created(String action) {
    return action.endsWith(".create")
        ? Optional.of(action.substring(0, action.length() - ".create".length()))
        : Optional.empty();
  }
}
