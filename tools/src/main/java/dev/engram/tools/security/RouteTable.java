package dev.engram.tools.security;

import static dev.engram.tools.security.RouteCase.Family.CONSOLE;
import static dev.engram.tools.security.RouteCase.Family.KEY;
import static dev.engram.tools.security.RouteCase.Family.OPERATOR;
import static dev.engram.tools.security.RouteCase.Family.PUBLIC;
import static dev.engram.tools.security.RouteCase.Family.WEBHOOK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every route the suite knows how to call. A route of the application that is not here fails the
 * suite ("uncovered"): whoever adds a route adds its line. {@code HEAD} routes are called like
 * their {@code GET}.
 */
final class RouteTable {
  private static final String MEMORY =
      "{'user_id':'${callerId}','content':'likes tea','resolve':false}";
  private static final String OM_MEMORY =
      "{'agent_id':'${agentId}','caller_id':'${callerId}','content':'likes tea'}";
  static final String COMPARE = "tool_ids=${toolId}&tool_ids=another-tool";
  private static final String A = "/admin/v1/apps/{appId}";
  private static final String O = "/admin/v1/orgs/{orgId}";

  private RouteTable() {}

  static Map<String, RouteCase> cases() {
    List<RouteCase.Builder> b = new ArrayList<>();
    // native API (/v1, API key)
    b.add(k("GET", "/v1/whoami"));
    b.add(k("POST", "/v1/memories").body(MEMORY));
    b.add(k("GET", "/v1/memories").query("user_id=${callerId}"));
    b.add(k("DELETE", "/v1/memories").query("user_id=${callerId}").noControl());
    b.add(k("POST", "/v1/memories/search").body("{'user_id':'${callerId}','query':'tea'}"));
    b.add(k("GET", "/v1/memories/{id}").rename("id", "memoryId"));
    b.add(k("GET", "/v1/users/{user_id}/entities").rename("user_id", "callerId"));
    b.add(k("GET", "/v1/users/{user_id}/entities/{entity}/memories").rename("user_id", "callerId"));
    b.add(k("PATCH", "/v1/memories/{id}").rename("id", "memoryId").body("{'importance':7}"));
    b.add(k("DELETE", "/v1/memories/{id}").rename("id", "memoryId").noControl());
    for (String view : List.of("chain", "events", "graph", "related", "report")) {
      b.add(k("GET", "/v1/memories/{id}/" + view).rename("id", "memoryId"));
    }
    b.add(
        k("POST", "/v1/memories/{id}/relations")
            .rename("id", "memoryId")
            .body("{'target_id':'${memoryId}','type':'related'}")
            .noControl());
    b.add(
        k("POST", "/v1/agent-memories")
            .body("{'user_id':'${callerId}','agent_id':'${agentId}','messages':'likes tea'}"));
    b.add(
        k("POST", "/v1/conversations")
            .body(
                "{'user_id':'${callerId}','partial':true,'messages':[{'role':'user','content':'I like tea'}]}"));
    b.add(
        k("POST", "/v1/sessions/{sessionId}/messages")
            .body("{'user_id':'${callerId}','role':'user','content':'hi there'}"));
    b.add(
        k("POST", "/v1/summaries")
            .body(
                "{'user_id':'${callerId}','messages':'I like tea. I live in Oslo.',"
                    + "'callback_url':'https://example.com/hook'}")
            .url("callback_url")
            .noControl());
    b.add(k("POST", "/v1/answers").body("{'user_id':'${callerId}','query':'what tea?'}"));
    b.add(k("GET", "/v1/tasks/{id}").rename("id", "taskId"));
    b.add(k("GET", "/v1/export").query("user_id=${callerId}"));
    b.add(k("POST", "/v1/import").ndjson("").noControl());
    b.add(k("POST", "/v1/realtime/tickets"));
    b.add(k("POST", "/v1/profiles").body(profile()));
    b.add(k("GET", "/v1/profiles/{agentId:[^/]+}/callers/{callerId:[^/]+}"));
    // learning, analytics, live metrics, tools (/v1, API key)
    b.add(k("POST", "/v1/learning/events").body("{'event_type':'prediction','domain':'general'}"));
    b.add(k("POST", "/v1/learning/feedback").body("{'verdict':'useful','query':'tea'}"));
    b.add(k("POST", "/v1/learning/history").body("{'source':'memory'}"));
    for (String view : List.of("metrics", "patterns", "recommendations", "trends")) {
      b.add(k("GET", "/v1/learning/" + view + "/{domain}"));
    }
    b.add(k("GET", "/v1/analytics/dashboard"));
    b.add(k("GET", "/v1/analytics/insights"));
    b.add(k("GET", "/v1/analytics/realtime"));
    b.add(k("GET", "/v1/analytics/export"));
    b.add(k("GET", "/v1/analytics/metrics/{domain}"));
    b.add(k("GET", "/v1/analytics/reports/{type}/{domain}"));
    b.add(k("POST", "/v1/analytics/query").body("{'metrics':['events']}"));
    b.add(k("POST", "/v1/analytics/events").body("{'event_type':'checkout','domain':'shop'}"));
    for (String view : List.of("aggregates", "current", "history")) {
      b.add(k("GET", "/v1/metrics/" + view));
    }
    b.add(k("GET", "/v1/metrics/compare").query(COMPARE));
    b.add(k("GET", "/v1/metrics/tool/{toolId}"));
    b.add(k("POST", "/v1/tool-sessions/start").body("{'tool_id':'${toolId}'}"));
    b.add(k("GET", "/v1/tool-sessions/active"));
    b.add(k("GET", "/v1/tool-sessions/{sessionId}").rename("sessionId", "toolSessionId"));
    b.add(
        k("POST", "/v1/tool-sessions/{sessionId}/end")
            .rename("sessionId", "toolSessionId")
            .noControl());
    b.add(k("GET", "/v1/tools/{toolId}/config"));
    b.add(k("PUT", "/v1/tools/{toolId}/config").body("{'config':{'max_tokens':100}}"));
    // OpenMemory compatibility (API key)
    b.add(k("POST", "/api/v1/memories").body(OM_MEMORY));
    b.add(k("POST", "/api/v1/memories/batch").body("{'memories':[" + OM_MEMORY + "]}"));
    b.add(
        k("POST", "/api/v1/memories/search")
            .body("{'agent_id':'${agentId}','caller_id':'${callerId}','query':'tea'}"));
    b.add(k("DELETE", "/api/v1/memories/{memoryId:[^/]+}").noControl());
    b.add(k("POST", "/api/v1/agents").body(profile()));
    b.add(k("GET", "/api/v1/agents/{agentId:[^/]+}/callers/{callerId:[^/]+}"));
    b.add(k("GET", "/api/v1/agents/{agentId:[^/]+}/callers/{callerId:[^/]+}/memories"));
    b.add(k("GET", "/api/v1/export"));
    b.add(k("POST", "/api/v1/import").body("{'memories':[],'agent_profiles':[]}"));
    b.add(k("POST", "/memory/store").body("{'user_id':'${callerId}','content':'likes tea'}"));
    b.add(k("POST", "/memory/search").body("{'user_id':'${callerId}','query':'tea'}"));
    b.add(k("POST", "/memory/reinforce/{memoryId}"));
    Mem0Routes.add(b);
    ConsoleRoutes.add(b);
    // ElevenLabs webhooks (signature)
    b.add(
        RouteCase.of(WEBHOOK, "POST", "/webhooks/elevenlabs/{appId}/client-data")
            .body("{'caller_id':'${callerId}'}")
            .lenient());
    b.add(
        RouteCase.of(WEBHOOK, "POST", "/webhooks/elevenlabs/{appId}/search-memory")
            .body("{'caller_id':'${callerId}','query':'tea'}")
            .lenient());
    b.add(
        RouteCase.of(WEBHOOK, "POST", "/webhooks/elevenlabs/{appId}/post-call")
            .body(
                "{'type':'post_call_transcription','data':{'conversation_id':'conv-${sessionId}',"
                    + "'dynamic_variables':{'system__caller_id':'${callerId}'},"
                    + "'transcript':[{'role':'user','message':'I like tea'}]}}")
            .lenient());
    // operator endpoints and public pages
    for (String path : List.of("/prometheus", "/metrics", "/metrics/{name}", "/routes")) {
      b.add(RouteCase.of(OPERATOR, "GET", path));
    }
    for (String path :
        List.of(
            "/health",
            "/health/{selector}",
            "/api/v1/health",
            "/admin",
            "/admin/v1/auth/config",
            "/openapi/engram.yml")) {
      b.add(RouteCase.of(PUBLIC, "GET", path));
    }
    b.add(RouteCase.of(PUBLIC, "GET", "/admin/{+path}"));
    b.add(
        RouteCase.of(PUBLIC, "POST", "/admin/v1/login")
            .body("{'username':'nobody-${sessionId}','password':'wrong password'}")
            .noControl());
    Map<String, RouteCase> cases = new LinkedHashMap<>();
    for (RouteCase.Builder builder : b) {
      RouteCase c = builder.build();
      if (cases.put(c.key(), c) != null) {
        throw new IllegalStateException("two lines for " + c.key());
      }
    }
    return cases;
  }

  private static String profile() {
    return "{'agent_id':'${agentId}','caller_id':'${callerId}','profile_data':{'tier':'gold'}}";
  }

  static RouteCase.Builder k(String method, String template) {
    return RouteCase.of(KEY, method, template);
  }

  static RouteCase.Builder c(String method, String template) {
    return RouteCase.of(CONSOLE, method, template);
  }

  static String app(String tail) {
    return A + tail;
  }

  static String org(String tail) {
    return O + tail;
  }
}
