package dev.engram.tools.security;

import dev.engram.tools.security.SecurityHttp.Reply;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two organizations set up through the public APIs as a platform admin would: each with an app, a
 * tenant admin, a viewer, an admin-scoped API key, a memory, an ingestion task, an ElevenLabs
 * integration, a report schedule with a run, a tool session and an agent profile. Every name and
 * memory of a tenant carries its canary, a random word that must never appear in an answer to the
 * other tenant.
 */
final class Tenants {
  static final String USER_PASSWORD = "a long enough password";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One tenant: its canary, console tokens, API key and the values that fill route templates.
   *
   * @param values placeholder name to value ({@code appId}, {@code memoryId}, …)
   */
  record Tenant(
      String label,
      String canary,
      String adminToken,
      String viewerToken,
      String apiKey,
      String webhookSecret,
      Map<String, String> values) {
    String value(String name) {
      String v = values.get(name);
      if (v == null) {
        throw new IllegalStateException("no value for {" + name + "}");
      }
      return v;
    }
  }

  /** The platform admin's token and the two tenants. */
  record World(String rootToken, Tenant a, Tenant b) {}

  private final SecurityHttp http;
  private final String root;

  private Tenants(SecurityHttp http, String root) {
    this.http = http;
    this.root = root;
  }

  static World create(SecurityHttp http, String adminPassword) {
    String root = login(http, "admin", adminPassword);
    Tenants tenants = new Tenants(http, root);
    return new World(root, tenants.tenant("a"), tenants.tenant("b"));
  }

  static String login(SecurityHttp http, String username, String password) {
    Reply r =
        http.post(
            "/admin/v1/login",
            SecurityHttp.json(Map.of("username", username, "password", password)));
    return expect(r, 200, "sign in as " + username).text("access_token");
  }

  static String canary() {
    StringBuilder s = new StringBuilder("cnry");
    for (int i = 0; i < 12; i++) {
      s.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return s.toString();
  }

  private Tenant tenant(String label) {
    String canary = canary();
    Map<String, String> v = new LinkedHashMap<>();
    String[] auth = SecurityHttp.bearer(root);
    v.put("orgId", created("/admin/v1/orgs", Map.of("name", "org " + canary), auth).text("id"));
    v.put(
        "appId",
        created("/admin/v1/orgs/" + v.get("orgId") + "/apps", Map.of("name", "app " + canary), auth)
            .text("id"));
    v.put("userId", user("admin-" + canary, "tenant-admin", v.get("orgId")));
    user("viewer-" + canary, "tenant-viewer", v.get("orgId"));
    String adminToken = login(http, "admin-" + canary, USER_PASSWORD);
    String viewerToken = login(http, "viewer-" + canary, USER_PASSWORD);
    Reply key =
        created(
            "/admin/v1/apps/" + v.get("appId") + "/keys",
            Map.of("name", "key " + canary, "scopes", List.of("admin")),
            auth);
    v.put("keyId", key.text("api_key.id"));
    String apiKey = key.text("key");
    String[] keyAuth = SecurityHttp.bearer(apiKey);
    v.put("callerId", "caller-" + canary().substring(4));
    v.put("agentId", "agent-" + canary().substring(4));
    Reply memory =
        created(
            "/v1/memories",
            Map.of(
                "user_id",
                v.get("callerId"),
                "agent_id",
                v.get("agentId"),
                "content",
                canary + " prefers green tea in the morning",
                "resolve",
                false),
            keyAuth);
    v.put("memoryId", memory.json().path("ids").path(0).asText());
    v.put("id", v.get("memoryId"));
    Reply task =
        http.post(
            "/v1/conversations",
            SecurityHttp.json(
                Map.of(
                    "user_id",
                    v.get("callerId"),
                    "partial",
                    true,
                    "messages",
                    List.of(
                        Map.of("role", "user", "content", "I drink " + canary + " tea daily")))),
            keyAuth);
    v.put("taskId", expect(task, 202, "queue a conversation").text("task_id"));
    String secret = "whsec-" + canary + "-" + canary;
    expect(
        http.put(
            "/admin/v1/apps/" + v.get("appId") + "/integrations/elevenlabs",
            SecurityHttp.json(Map.of("webhook_secret", secret)),
            auth),
        200,
        "set up the ElevenLabs integration");
    Map<String, Object> schedule = new LinkedHashMap<>();
    schedule.put("name", "report " + canary);
    schedule.put("cron", "0 6 * * 1");
    schedule.put("types", List.of("executive"));
    schedule.put("formats", List.of("json"));
    schedule.put("destinations", List.of(Map.of("type", "directory")));
    String orgPath = "/admin/v1/orgs/" + v.get("orgId");
    v.put("scheduleId", created(orgPath + "/report-schedules", schedule, auth).text("id"));
    Reply run = http.post(orgPath + "/report-schedules/" + v.get("scheduleId") + "/run", "", auth);
    v.put("runId", expect(run, 202, "run a report").text("id"));
    v.put("fileName", "executive.json");
    Reply session =
        created(
            "/v1/tool-sessions/start",
            Map.of("tool_id", "tool-" + canary().substring(4), "metadata", Map.of("note", canary)),
            keyAuth);
    v.put("toolSessionId", session.text("session_id"));
    v.put("toolId", session.text("tool_id"));
    // a second tool, so that comparisons have two
    created("/v1/tool-sessions/start", Map.of("tool_id", "another-tool"), keyAuth);
    created(
        "/v1/learning/events",
        Map.of("event_type", "prediction", "domain", "general", "input", Map.of("note", canary)),
        keyAuth);
    created(
        "/api/v1/agents",
        Map.of(
            "agent_id",
            v.get("agentId"),
            "caller_id",
            v.get("callerId"),
            "profile_data",
            Map.of("note", canary)),
        keyAuth);
    v.put("sessionId", "session-" + canary().substring(4));
    Reply event =
        http.post(
            "/mem0/v3/memories/add",
            SecurityHttp.json(
                Map.of(
                    "user_id",
                    v.get("callerId"),
                    "messages",
                    List.of(Map.of("role", "user", "content", "I like " + canary + " tea")))),
            keyAuth);
    v.put(
        "eventId",
        expect(event, event.status() == 201 ? 201 : 200, "add through mem0").text("event_id"));
    v.put("entityType", "user");
    v.put("entityId", v.get("callerId"));
    v.put("domain", "general");
    v.put("entity", "oslo");
    v.put("type", "performance");
    v.put("selector", "liveness");
    v.put("name", "jvm.memory.used");
    v.put("path", "index.html");
    return new Tenant(label, canary, adminToken, viewerToken, apiKey, secret, Map.copyOf(v));
  }

  private String user(String username, String role, String orgId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", USER_PASSWORD);
    body.put("role", role);
    body.put("org_id", orgId);
    return created("/admin/v1/users", body, SecurityHttp.bearer(root)).text("id");
  }

  private Reply created(String path, Object body, String[] auth) {
    Reply r = http.post(path, SecurityHttp.json(body), auth);
    if (r.status() != 201 && r.status() != 200) {
      throw new IllegalStateException("setting up: POST " + path + " answered " + r);
    }
    return r;
  }

  static Reply expect(Reply r, int status, String what) {
    if (r.status() != status) {
      throw new IllegalStateException("setting up: " + what + " answered " + r);
    }
    return r;
  }

  /** Strings of a tenant that no answer to the other tenant may contain. */
  static List<String> secrets(Tenant t) {
    List<String> s = new ArrayList<>();
    s.add(t.canary());
    s.add(t.apiKey());
    s.add(t.webhookSecret());
    return s;
  }
}
