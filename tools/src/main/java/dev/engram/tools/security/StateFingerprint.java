package dev.engram.tools.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.tools.security.SecurityHttp.Reply;
import dev.engram.tools.security.Tenants.Tenant;
import dev.engram.tools.security.Tenants.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * What a bad request must not change, read through the console API as the platform admin:
 * organizations, apps, keys, users, report schedules, the ElevenLabs settings and each app's memory
 * counts. Stable fields only (no last-used times).
 */
final class StateFingerprint {
  private final SecurityHttp http;
  private final World world;
  private final String[] root;

  StateFingerprint(SecurityHttp http, World world) {
    this.http = http;
    this.world = world;
    this.root = SecurityHttp.bearer(world.rootToken());
  }

  String take() {
    StringBuilder s = new StringBuilder();
    s.append(fields(get("/admin/v1/orgs"), "id", "name"));
    s.append(fields(get("/admin/v1/users"), "id", "username", "role", "disabled", "org_id"));
    for (Tenant t : List.of(world.a(), world.b())) {
      String org = "/admin/v1/orgs/" + t.value("orgId");
      String app = "/admin/v1/apps/" + t.value("appId");
      s.append(fields(get(org + "/apps"), "id", "name", "description"));
      s.append(fields(get(org + "/report-schedules"), "id", "name", "cron", "enabled"));
      s.append(fields(get(app + "/keys"), "id", "name", "status", "scopes"));
      s.append(get(app + "/stats"));
      s.append(fields(get(app + "/integrations/elevenlabs"), "updated_at"));
    }
    return s.toString();
  }

  /** Waits (up to a minute) until no ingestion task of either app is queued or running. */
  void awaitIdle() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    for (Tenant t : List.of(world.a(), world.b())) {
      while (busy(t) && Instant.now().isBefore(deadline)) {
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
      }
    }
  }

  private boolean busy(Tenant t) {
    for (JsonNode task : get("/admin/v1/apps/" + t.value("appId") + "/tasks")) {
      String status = task.path("status").asText().toLowerCase(java.util.Locale.ROOT);
      if (status.equals("queued") || status.equals("running")) {
        return true;
      }
    }
    return false;
  }

  private JsonNode get(String path) {
    Reply r = http.get(path, root);
    if (!r.ok()) {
      throw new IllegalStateException("reading the state: GET " + path + " answered " + r);
    }
    return r.json();
  }

  private static String fields(JsonNode node, String... names) {
    StringBuilder s = new StringBuilder();
    for (JsonNode item : node.isArray() ? node : List.of(node)) {
      for (String name : names) {
        s.append(name).append('=').append(item.path(name)).append(';');
      }
      s.append('\n');
    }
    return s.toString();
  }
}
