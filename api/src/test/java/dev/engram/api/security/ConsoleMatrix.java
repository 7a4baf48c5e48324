package dev.engram.api.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected statuses of {@link ConsoleRoleMatrixIT}: one row per console route ({@code HEAD}
 * rows are their {@code GET}), with the status for the platform admin, the tenant admin of the
 * organization, a tenant admin of another organization and a viewer of the organization. Every
 * other caller (no token, expired, signed by another key, {@code alg: none}) gets 401 everywhere
 * but at sign-in.
 */
final class ConsoleMatrix {
  static final List<String> CALLERS =
      List.of("platform", "admin", "other", "viewer", "none", "expired", "foreign-key", "alg-none");

  static final String SCHEDULE =
      "{\"name\":\"${unique}\",\"cron\":\"0 6 * * 1\",\"types\":[\"executive\"],"
          + "\"formats\":[\"json\"],\"destinations\":[{\"type\":\"directory\"}]}";

  /** Objects a cell needs of its own, because its call changes or ends them. */
  enum Fresh {
    NONE,
    APP,
    KEY,
    USER,
    MEMORY,
    SCHEDULE,
    /** A new organization for the platform admin's cell (the others aim at the shared one). */
    ORG,
    /** A new user of the caller's role, signed in, for calls that end the caller's sessions. */
    SESSION
  }

  private static final Pattern VALUE = Pattern.compile("\\{([A-Za-z]+)}|\\$\\{([A-Za-z]+)}");

  record Row(
      String method, String template, int[] statuses, String query, String body, Fresh fresh) {
    String key() {
      return method + " " + template;
    }

    int expected(int caller) {
      return caller < 4 ? statuses[caller] : statuses.length > 4 ? statuses[4] : 401;
    }

    String path(Map<String, String> values) {
      return fill(template, values) + (query == null ? "" : "?" + fill(query, values));
    }

    String body(Map<String, String> values) {
      return body == null ? null : fill(body, values);
    }
  }

  private ConsoleMatrix() {}

  private static String fill(String text, Map<String, String> values) {
    Matcher m = VALUE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      String value = values.get(name);
      if (value == null) {
        throw new IllegalStateException("no value for " + name + " in " + text);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final List<Row> ROWS = new ArrayList<>();

  private static void row(String method, String template, String statuses) {
    row(method, template, statuses, null, null, Fresh.NONE);
  }

  private static void row(
      String method, String template, String statuses, String query, String body, Fresh fresh) {
    int[] s = java.util.Arrays.stream(statuses.split(" ")).mapToInt(Integer::parseInt).toArray();
    ROWS.add(new Row(method, template, s, query, body, fresh));
  }

  private static final String READ = "200 200 404 200";
  private static final String O = "/admin/v1/orgs/{orgId}";
  private static final String A = "/admin/v1/apps/{appId}";

  static {
    row(
        "POST",
        "/admin/v1/login",
        "200 200 200 200 200",
        null,
        "{\"username\":\"admin\",\"password\":\"bootstrap-admin-password\"}",
        Fresh.NONE);
    // how to sign in (built-in, and Keycloak when configured): public, like login
    row("GET", "/admin/v1/auth/config", "200 200 200 200 200", null, null, Fresh.NONE);
    row("GET", "/admin/v1/me", "200 200 200 200");
    row("POST", "/admin/v1/logout", "204 204 204 204", null, null, Fresh.SESSION);
    row("GET", "/admin/v1/health", "200 200 200 200");
    row("GET", "/admin/v1/orgs", "200 200 200 200");
    row("POST", "/admin/v1/orgs", "201 403 403 403", null, "{\"name\":\"${unique}\"}", Fresh.NONE);
    row("GET", O, READ);
    // a tenant admin may rename its own organization (Organizations.rename: requireWrite)
    row("PATCH", O, "200 200 404 403", null, "{\"name\":\"${unique}\"}", Fresh.NONE);
    row("DELETE", O, "204 403 404 403", null, null, Fresh.ORG);
    row("GET", O + "/apps", READ);
    row("POST", O + "/apps", "201 201 404 403", null, "{\"name\":\"${unique}\"}", Fresh.NONE);
    row("GET", O + "/analytics", READ);
    row("GET", O + "/analytics/reports/executive", READ);
    row("GET", O + "/report-schedules", READ);
    row("POST", O + "/report-schedules", "201 201 404 403", null, SCHEDULE, Fresh.NONE);
    row("GET", O + "/report-schedules/{scheduleId}", READ);
    row(
        "PATCH",
        O + "/report-schedules/{scheduleId}",
        "200 200 404 403",
        null,
        "{\"enabled\":true}",
        Fresh.NONE);
    row(
        "DELETE",
        O + "/report-schedules/{scheduleId}",
        "204 204 404 403",
        null,
        null,
        Fresh.SCHEDULE);
    row("POST", O + "/report-schedules/{scheduleId}/run", "202 202 404 403");
    row("GET", O + "/report-schedules/{scheduleId}/runs", READ);
    row("GET", O + "/report-runs/{runId}", READ);
    row("GET", O + "/report-runs/{runId}/files/{fileName}", READ);
    row("GET", "/admin/v1/users", READ, "org_id=${orgId}", null, Fresh.NONE);
    row(
        "POST",
        "/admin/v1/users",
        "201 201 404 403",
        null,
        "{\"username\":\"${unique}\",\"password\":\"a long enough password\","
            + "\"role\":\"tenant-viewer\",\"org_id\":\"${orgId}\"}",
        Fresh.NONE);
    row("GET", "/admin/v1/users/{userId}", READ);
    row("DELETE", "/admin/v1/users/{userId}", "204 204 404 403", null, null, Fresh.USER);
    row(
        "PUT",
        "/admin/v1/users/{userId}/password",
        "204 204 404 403",
        null,
        "{\"password\":\"another long password\"}",
        Fresh.USER);
    row(
        "PUT",
        "/admin/v1/users/{userId}/role",
        "200 200 404 403",
        null,
        "{\"role\":\"tenant-admin\"}",
        Fresh.USER);
    row("POST", "/admin/v1/users/{userId}/disable", "200 200 404 403", null, null, Fresh.USER);
    row("POST", "/admin/v1/users/{userId}/enable", "200 200 404 403", null, null, Fresh.USER);
    row("GET", A, READ);
    row("PATCH", A, "200 200 404 403", null, "{\"description\":\"${unique}\"}", Fresh.NONE);
    row("DELETE", A, "204 204 404 403", null, null, Fresh.APP);
    row("GET", A + "/keys", READ);
    row("POST", A + "/keys", "201 201 404 403", null, "{\"name\":\"${unique}\"}", Fresh.NONE);
    row("GET", "/admin/v1/keys/{keyId}", READ);
    row("POST", "/admin/v1/keys/{keyId}/rotate", "201 201 404 403", null, null, Fresh.KEY);
    row("POST", "/admin/v1/keys/{keyId}/revoke", "200 200 404 403", null, null, Fresh.KEY);
    for (String view : List.of("/stats", "/memory-users", "/tasks")) {
      row("GET", A + view, READ);
    }
    // the whole app's data leaves with an export: admins only (README § Console)
    row("GET", A + "/export", "200 200 404 403");
    row("GET", A + "/memories", READ, "user_id=u1", null, Fresh.NONE);
    row("DELETE", A + "/memories", "200 200 404 403", "user_id=nobody", null, Fresh.NONE);
    row(
        "POST",
        A + "/memories/search",
        READ,
        null,
        "{\"user_id\":\"u1\",\"query\":\"tea\"}",
        Fresh.NONE);
    row("GET", A + "/memories/{id}", READ);
    row("DELETE", A + "/memories/{id}", "200 200 404 403", null, null, Fresh.MEMORY);
    for (String view : List.of("chain", "events", "graph", "related")) {
      row("GET", A + "/memories/{id}/" + view, READ);
    }
    row("GET", A + "/integrations/elevenlabs", READ);
    row(
        "PUT",
        A + "/integrations/elevenlabs",
        "200 200 404 403",
        null,
        "{\"webhook_secret\":\"a secret long enough\"}",
        Fresh.NONE);
    row("POST", A + "/realtime/tickets", "201 201 404 201");
    for (String view : List.of("dashboard", "domains", "insights")) {
      row("GET", A + "/analytics/" + view, READ);
    }
    for (String view : List.of("metrics", "patterns", "recommendations", "trends")) {
      row("GET", A + "/analytics/" + view + "/{domain}", READ);
    }
    row("GET", A + "/analytics/reports/{type}/{domain}", READ);
    row("POST", A + "/analytics/history", READ, null, "{\"source\":\"memory\"}", Fresh.NONE);
    row("GET", A + "/metrics/current", READ);
    row("GET", A + "/metrics/compare", READ, "tool_ids=a&tool_ids=b", null, Fresh.NONE);
    row("GET", A + "/tool-sessions/active", READ);
    row("GET", "/admin/v1/auth/config", "200 200 200 200 200");
    // viewers may not read the audit log nor open an organization-wide live stream
    row("GET", "/admin/v1/audit", "200 200 404 403", "org_id=${orgId}", null, Fresh.NONE);
    row("GET", O + "/limits", READ);
    row("PUT", O + "/limits", "200 403 404 403", null, "{\"requests_per_second\":900}", Fresh.NONE);
    row("GET", "/admin/v1/keys/{keyId}/limits", READ);
    row(
        "PUT",
        "/admin/v1/keys/{keyId}/limits",
        "200 200 404 403",
        null,
        "{\"requests_per_second\":900}",
        Fresh.NONE);
    row("GET", O + "/usage", READ);
    row("GET", A + "/usage", READ);
    row("POST", O + "/realtime/tickets", "201 201 404 403");
  }

  static List<Row> rows() {
    return ROWS;
  }
}
