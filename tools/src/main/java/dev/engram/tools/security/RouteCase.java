package dev.engram.tools.security;

import dev.engram.tools.security.Tenants.Tenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the suite calls one route of the application: its family (which credential it takes), a body
 * that the owner's call accepts, and what else it needs. Templates and bodies name values of a
 * tenant: {@code {appId}} in paths, {@code ${appId}} in bodies and query strings.
 *
 * @param method the HTTP method
 * @param template the route as the application lists it (constraints such as {@code :[^/]+} kept)
 * @param family which credential the route takes
 * @param query a query string (with {@code ${…}} values), or empty
 * @param body a JSON (or NDJSON) body with {@code ${…}} values, or null for none
 * @param contentType the body's content type
 * @param control whether the owner's own call is made and must succeed (off for calls that destroy
 *     what later probes need)
 * @param lenient whether the route reads its body leniently (unknown keys ignored by design)
 * @param urlField the body field holding a URL the server will call (SSRF probes), or null
 * @param renames path placeholder to tenant value, where the names differ ({@code id} → {@code
 *     taskId})
 */
record RouteCase(
    String method,
    String template,
    Family family,
    String query,
    String body,
    String contentType,
    boolean control,
    boolean lenient,
    String urlField,
    Map<String, String> renames) {

  /** Which credential a route takes. */
  enum Family {
    /** API key ({@code /v1}, OpenMemory {@code /api/v1} and {@code /memory}). */
    KEY,
    /** Console token ({@code /admin/v1}). */
    CONSOLE,
    /** ElevenLabs signature with the app's webhook secret. */
    WEBHOOK,
    /** The operator token ({@code engram.operator.token}). */
    OPERATOR,
    /** Anyone (health status, console pages, sign-in). */
    PUBLIC
  }

  /** Values that name one object of one tenant: a foreign one in a path must answer no 2xx. */
  static final Set<String> GLOBAL_IDS =
      Set.of(
          "orgId",
          "appId",
          "keyId",
          "userId",
          "memoryId",
          "scheduleId",
          "runId",
          "taskId",
          "toolSessionId",
          "eventId");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\+?([A-Za-z_]+)(?::[^}]*)?}");
  private static final Pattern BODY_VALUE = Pattern.compile("\\$\\{([A-Za-z]+)}");

  /** The route's key, as {@code GET /v1/memories}. */
  String key() {
    return method + " " + template;
  }

  /** The tenant values the path names, in order. */
  List<String> pathValues() {
    Matcher m = PLACEHOLDER.matcher(template);
    List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(renames.getOrDefault(m.group(1), m.group(1)));
    }
    return names;
  }

  /** Whether the path names a global id (of an org, app, key, user, memory, …). */
  boolean namesObject() {
    return pathValues().stream().anyMatch(GLOBAL_IDS::contains);
  }

  /** The path and query for a tenant, with one path value replaced where {@code override} says. */
  String path(Tenant t, Map<String, String> override) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = renames.getOrDefault(m.group(1), m.group(1));
      String value = override.containsKey(name) ? override.get(name) : t.value(name);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out + (query.isEmpty() ? "" : "?" + fill(query, t));
  }

  String path(Tenant t) {
    return path(t, Map.of());
  }

  /** The body for a tenant, or null. */
  String body(Tenant t) {
    return body == null ? null : fill(body, t);
  }

  private static String fill(String text, Tenant t) {
    Matcher m = BODY_VALUE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(t.value(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A builder for the table. */
  static Builder of(Family family, String method, String template) {
    return new Builder(family, method, template);
  }

  static final class Builder {
    private final Family family;
    private final String method;
    private final String template;
    private String query = "";
    private String body;
    private String contentType = "application/json";
    private boolean control = true;
    private boolean lenient;
    private String urlField;
    private final Map<String, String> renames = new LinkedHashMap<>();

    private Builder(Family family, String method, String template) {
      this.family = family;
      this.method = method;
      this.template = template;
    }

    Builder query(String q) {
      this.query = q;
      return this;
    }

    /** A JSON body; single quotes stand for double quotes to keep the table readable. */
    Builder body(String json) {
      this.body = json.replace('\'', '"');
      return this;
    }

    Builder ndjson(String text) {
      this.body = text.replace('\'', '"');
      this.contentType = "application/x-ndjson";
      return this;
    }

    /** The owner's call would destroy or end what the other probes need: not made. */
    Builder noControl() {
      this.control = false;
      return this;
    }

    Builder lenient() {
      this.lenient = true;
      return this;
    }

    Builder url(String field) {
      this.urlField = field;
      return this;
    }

    Builder rename(String placeholder, String value) {
      renames.put(placeholder, value);
      return this;
    }

    RouteCase build() {
      return new RouteCase(
          method,
          template,
          family,
          query,
          body,
          contentType,
          control,
          lenient,
          urlField,
          Map.copyOf(renames));
    }
  }
}
