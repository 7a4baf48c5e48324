package dev.engram.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many clients hammer a key while an admin revokes it, rotates it or deletes its app: no request
 * sent after the admin's answer arrived may succeed (issue 12, part 1).
 */
@MicronautTest(transactional = false)
class KeyRevocationRaceIT extends ApiTestSupport {
  private static final int CLIENTS = 6;
  private static final int MAX_REQUESTS = 4_000;
  private static final int REQUESTS_AFTER_ANSWER = 150;

  private String admin;
  private String orgId;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    admin = adminToken();
    orgId = createOrg(admin, unique("race"));
  }

  @Test
  void revokedKeyFailsForEveryRequestSentAfterTheRevokeAnswered() throws Exception {
    String appId = createApp(admin, orgId, unique("revoke"));
    Http.Response key = createKey(admin, appId, List.of("memories:read", "memories:write"));
    hammerThen(
        whoAmI(key.text("key")),
        () -> http.post("/admin/v1/keys/" + key.text("api_key.id") + "/revoke", "", bearer()));
    hammerThen(
        addMemory(createKeySecret(admin, appId, List.of("memories:read", "memories:write"))),
        () -> revokeLatest(appId));
  }

  @Test
  void rotatedKeyFailsForEveryRequestSentAfterTheRotateAnswered() throws Exception {
    String appId = createApp(admin, orgId, unique("rotate"));
    Http.Response key = createKey(admin, appId, List.of("memories:read", "memories:write"));
    hammerThen(
        whoAmI(key.text("key")),
        () -> http.post("/admin/v1/keys/" + key.text("api_key.id") + "/rotate", "", bearer()));
    Http.Response other = createKey(admin, appId, List.of("memories:read", "memories:write"));
    hammerThen(
        addMemory(other.text("key")),
        () -> http.post("/admin/v1/keys/" + other.text("api_key.id") + "/rotate", "", bearer()));
  }

  @Test
  void deletedAppsKeyFailsForEveryRequestSentAfterTheDeleteAnswered() throws Exception {
    String reading = createApp(admin, orgId, unique("delete-read"));
    String readKey = createKeySecret(admin, reading, List.of("memories:read"));
    hammerThen(whoAmI(readKey), () -> http.delete("/admin/v1/apps/" + reading, bearer()));
    String writing = createApp(admin, orgId, unique("delete-write"));
    String writeKey = createKeySecret(admin, writing, List.of("memories:read", "memories:write"));
    hammerThen(addMemory(writeKey), () -> http.delete("/admin/v1/apps/" + writing, bearer()));
  }

  private Http.Response revokeLatest(String appId) {
    List<Map<String, Object>> keys = http.get("/admin/v1/apps/" + appId + "/keys", bearer()).list();
    String id = keys.get(keys.size() - 1).get("id").toString();
    return http.post("/admin/v1/keys/" + id + "/revoke", "", bearer());
  }

  private Function<Integer, Http.Response> whoAmI(String key) {
    return i -> http.get("/v1/whoami", Http.bearer(key));
  }

  private Function<Integer, Http.Response> addMemory(String key) {
    return i ->
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", "racer", "content", "Racer note number " + i)),
            Http.bearer(key));
  }

  private String[] bearer() {
    return Http.bearer(admin);
  }

  /**
   * Starts the clients, waits until the key demonstrably works (and sits in the cache), runs the
   * admin action, and checks every request sent after its answer.
   */
  private void hammerThen(Function<Integer, Http.Response> call, Supplier<Http.Response> action)
      throws Exception {
    try (KeyHammer hammer = new KeyHammer(CLIENTS, MAX_REQUESTS, REQUESTS_AFTER_ANSWER, call)) {
      assertThat(hammer.awaitWarm()).as("the key works before the admin action").isTrue();

      Http.Response answer = action.get();
      long answeredAt = hammer.mark();

      assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
      assertThat(hammer.awaitFinished()).as("clients finished").isTrue();
      List<KeyHammer.Call> after =
          hammer.calls().stream().filter(c -> c.sentAt() > answeredAt).toList();
      assertThat(after).as("requests sent after the answer").hasSizeGreaterThan(CLIENTS * 10);
      assertThat(after.stream().filter(c -> c.status() / 100 == 2).count())
          .as("successful requests sent after the answer")
          .isZero();
      assertThat(after).allSatisfy(c -> assertThat(c.status()).isEqualTo(401));
    }
  }
}
