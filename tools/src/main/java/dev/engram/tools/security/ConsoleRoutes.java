package dev.engram.tools.security;

import static dev.engram.tools.security.RouteTable.app;
import static dev.engram.tools.security.RouteTable.c;
import static dev.engram.tools.security.RouteTable.org;

import java.util.List;

/** The console API's lines of {@link RouteTable} ({@code /admin/v1}, console token). */
final class ConsoleRoutes {
  private ConsoleRoutes() {}

  static void add(List<RouteCase.Builder> b) {
    b.add(c("GET", "/admin/v1/me"));
    b.add(c("POST", "/admin/v1/logout").noControl());
    b.add(c("GET", "/admin/v1/health"));
    b.add(c("GET", "/token_info"));
    b.add(c("POST", "/token_info").noControl());
    b.add(c("GET", "/admin/v1/orgs"));
    b.add(c("POST", "/admin/v1/orgs").body("{'name':'new org'}").noControl());
    b.add(c("GET", "/admin/v1/orgs/{orgId}"));
    b.add(c("PATCH", "/admin/v1/orgs/{orgId}").body("{'name':'renamed org'}").noControl());
    b.add(c("DELETE", "/admin/v1/orgs/{orgId}").noControl());
    b.add(c("GET", org("/apps")));
    b.add(c("POST", org("/apps")).body("{'name':'another app'}"));
    b.add(c("GET", org("/analytics")));
    b.add(c("GET", org("/analytics/reports/executive")));
    b.add(c("GET", org("/report-schedules")));
    b.add(
        c("POST", org("/report-schedules"))
            .body(
                "{'name':'weekly','cron':'0 6 * * 1','types':['executive'],'formats':['json'],"
                    + "'destinations':[{'type':'webhook','url':'https://example.com/reports'}]}")
            .url("destinations.0.url")
            // the good body's host does not resolve without a network: no owner's call
            .noControl());
    b.add(c("GET", org("/report-schedules/{scheduleId}")));
    b.add(c("PATCH", org("/report-schedules/{scheduleId}")).body("{'enabled':false}"));
    b.add(c("DELETE", org("/report-schedules/{scheduleId}")).noControl());
    b.add(c("POST", org("/report-schedules/{scheduleId}/run")));
    b.add(c("GET", org("/report-schedules/{scheduleId}/runs")));
    b.add(c("GET", org("/report-runs/{runId}")));
    b.add(c("GET", org("/report-runs/{runId}/files/{fileName}")).noControl());
    b.add(c("GET", "/admin/v1/apps/{appId}"));
    b.add(c("PATCH", "/admin/v1/apps/{appId}").body("{'description':'changed'}"));
    b.add(c("DELETE", "/admin/v1/apps/{appId}").noControl());
    b.add(c("GET", app("/keys")));
    b.add(c("POST", app("/keys")).body("{'name':'another key','scopes':['memories:read']}"));
    b.add(c("GET", "/admin/v1/keys/{keyId}"));
    b.add(c("POST", "/admin/v1/keys/{keyId}/rotate").noControl());
    b.add(c("POST", "/admin/v1/keys/{keyId}/revoke").noControl());
    b.add(c("GET", "/admin/v1/users").query("org_id=${orgId}"));
    b.add(
        c("POST", "/admin/v1/users")
            .body(
                "{'username':'new-${sessionId}','password':'a long enough password',"
                    + "'role':'tenant-viewer','org_id':'${orgId}'}")
            .noControl());
    b.add(c("GET", "/admin/v1/users/{userId}"));
    b.add(c("DELETE", "/admin/v1/users/{userId}").noControl());
    b.add(
        c("PUT", "/admin/v1/users/{userId}/password")
            .body("{'password':'another long password','current_password':'x'}")
            .noControl());
    b.add(c("PUT", "/admin/v1/users/{userId}/role").body("{'role':'tenant-viewer'}").noControl());
    b.add(c("POST", "/admin/v1/users/{userId}/disable").noControl());
    b.add(c("POST", "/admin/v1/users/{userId}/enable").noControl());
    b.add(c("GET", app("/stats")));
    b.add(c("GET", app("/memory-users")));
    b.add(c("GET", app("/tasks")));
    b.add(c("GET", app("/export")));
    b.add(c("GET", app("/memories")).query("user_id=${callerId}"));
    b.add(c("DELETE", app("/memories")).query("user_id=${callerId}").noControl());
    b.add(c("POST", app("/memories/search")).body("{'user_id':'${callerId}','query':'tea'}"));
    b.add(c("GET", app("/memories/{id}")).rename("id", "memoryId"));
    b.add(c("DELETE", app("/memories/{id}")).rename("id", "memoryId").noControl());
    for (String view : List.of("chain", "events", "graph", "related")) {
      b.add(c("GET", app("/memories/{id}/" + view)).rename("id", "memoryId"));
    }
    b.add(c("GET", app("/integrations/elevenlabs")));
    b.add(
        c("PUT", app("/integrations/elevenlabs"))
            .body("{'webhook_secret':'a-new-secret-of-enough-length'}")
            .noControl());
    b.add(c("POST", app("/realtime/tickets")));
    for (String view : List.of("dashboard", "domains", "insights")) {
      b.add(c("GET", app("/analytics/" + view)));
    }
    for (String view : List.of("metrics", "patterns", "recommendations", "trends")) {
      b.add(c("GET", app("/analytics/" + view + "/{domain}")));
    }
    b.add(c("GET", app("/analytics/reports/{type}/{domain}")));
    b.add(c("POST", app("/analytics/history")).body("{'source':'memory'}"));
    b.add(c("GET", app("/metrics/current")));
    b.add(c("GET", app("/metrics/compare")).query(RouteTable.COMPARE));
    b.add(c("GET", app("/tool-sessions/active")));
    b.add(c("GET", "/admin/v1/audit").query("org_id=${orgId}"));
    b.add(c("GET", org("/limits")));
    b.add(c("PUT", org("/limits")).body("{'requests_per_second':900}").noControl());
    b.add(c("GET", "/admin/v1/keys/{keyId}/limits"));
    b.add(c("PUT", "/admin/v1/keys/{keyId}/limits").body("{'requests_per_second':900}"));
    b.add(c("GET", org("/usage")));
    b.add(c("GET", app("/usage")));
    b.add(c("POST", org("/realtime/tickets")));
  }
}
