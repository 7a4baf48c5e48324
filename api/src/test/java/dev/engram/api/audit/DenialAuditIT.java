package dev.engram.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console API's rejections by the security layer itself (401 without valid credentials, 403 for
 * a role the route does not allow) are in the audit log as {@code access_denied}, capped per
 * address and per minute (here 3 and 5) with one {@code access_denied.suppressed} event per cap, so
 * a flood cannot fill the log. Each test runs in its own minute of the application clock.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class DenialAuditIT extends ApiTestSupport {
  private String root;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("engram.audit.denials.per-address", "3");
    properties.put("engram.audit.denials.per-minute", "5");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
  }

  /** Moves the application clock to the start of a minute {@code minutes} ahead. */
  private void startOfMinute(int minutes) {
    long second = clock.instant().getEpochSecond() % 60;
    clock.advance(Duration.ofMinutes(minutes).plusSeconds(60 - second));
  }

  /** The audit events of the given requests (by request id). */
  private List<Map<String, Object>> eventsOf(Set<String> requestIds) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String action : List.of("access_denied", "access_denied.suppressed")) {
      Http.Response page =
          http.get("/admin/v1/audit?limit=500&action=" + action, Http.bearer(root));
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      for (Map<String, Object> e : (List<Map<String, Object>>) page.at("events")) {
        if (requestIds.contains(e.get("request_id"))) {
          out.add(e);
        }
      }
    }
    return out;
  }

  @Test
  void aRequestWithoutCredentialsIsRecordedAsDeniedButASignInFailureOnlyAsSignIn() {
    startOfMinute(10);
    Http.Response denied = http.get("/admin/v1/orgs");
    Http.Response badLogin =
        http.post(
            "/admin/v1/login",
            http.toJson(Map.of("username", unique("nobody"), "password", "wrong password")));
    assertThat(denied.status()).isEqualTo(401);
    assertThat(badLogin.status()).isEqualTo(401);

    List<Map<String, Object>> events =
        eventsOf(Set.of(denied.header("X-Request-Id"), badLogin.header("X-Request-Id")));

    assertThat(events).hasSize(1);
    Map<String, Object> event = events.getFirst();
    assertThat(event.get("action")).isEqualTo("access_denied");
    assertThat(event.get("request_id")).isEqualTo(denied.header("X-Request-Id"));
    assertThat(event.get("actor_type")).isEqualTo("anonymous");
    assertThat(event.get("status")).isEqualTo(401);
    assertThat(event.get("outcome")).isEqualTo("failure");
    assertThat(event.get("target_type")).isEqualTo("route");
    assertThat(event.get("target_id")).isEqualTo("GET /admin/v1/orgs");
    assertThat(event.get("address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
  }

  @Test
  void aRoleTheRouteDoesNotAllowIsRecordedAsDeniedWithTheUserAndOrganization() {
    startOfMinute(20);
    String org = createOrg(root, unique("denied"));
    String viewer = unique("viewer");
    createUser(root, viewer, "tenant-viewer", org);
    String token = login(viewer, "a long enough password");

    // opening the organization's live stream is for admins: the security layer refuses a viewer
    Http.Response denied =
        http.post("/admin/v1/orgs/" + org + "/realtime/tickets", "", Http.bearer(token));
    assertThat(denied.status()).as(denied.body()).isEqualTo(403);

    List<Map<String, Object>> events = eventsOf(Set.of(denied.header("X-Request-Id")));
    assertThat(events).hasSize(1);
    assertThat(events.getFirst())
        .containsEntry("action", "access_denied")
        .containsEntry("actor_type", "user")
        .containsEntry("actor", viewer)
        .containsEntry("org_id", org)
        .containsEntry("status", 403)
        .containsEntry("target_id", "POST /admin/v1/orgs/" + org + "/realtime/tickets");
  }

  @Test
  void aFloodIsCappedPerAddressAndPerMinuteWithOneSuppressionEventPerCap()
      throws UnknownHostException {
    startOfMinute(30);
    Http other = new Http(server.getURI(), jsonMapper, InetAddress.getByName("127.0.0.2"));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      Http.Response r = http.get("/admin/v1/orgs", Http.bearer("not-a-token-" + i));
      assertThat(r.status()).isEqualTo(401);
      ids.add(r.header("X-Request-Id"));
    }
    for (int i = 0; i < 4; i++) {
      Http.Response r = other.get("/admin/v1/orgs");
      assertThat(r.status()).isEqualTo(401);
      ids.add(r.header("X-Request-Id"));
    }

    List<Map<String, Object>> events = eventsOf(ids);

    // 127.0.0.1: 3 recorded + 1 suppression (4 of the 5 a minute); 127.0.0.2: 1 recorded, then
    // the minute's cap: 1 suppression for all, nothing more
    assertThat(events).filteredOn(e -> e.get("action").equals("access_denied")).hasSize(4);
    assertThat(events)
        .filteredOn(e -> e.get("action").equals("access_denied"))
        .extracting(e -> e.get("address"))
        .containsOnly("127.0.0.1", "127.0.0.2");
    List<Map<String, Object>> suppressed =
        events.stream().filter(e -> e.get("action").equals("access_denied.suppressed")).toList();
    assertThat(suppressed)
        .extracting(e -> e.get("target_type") + " " + e.get("target_id"))
        .containsExactlyInAnyOrder("address 127.0.0.1", "all null");

    // the next minute records again
    startOfMinute(0);
    Http.Response later = other.get("/admin/v1/orgs");
    assertThat(eventsOf(Set.of(later.header("X-Request-Id")))).hasSize(1);
  }
}
