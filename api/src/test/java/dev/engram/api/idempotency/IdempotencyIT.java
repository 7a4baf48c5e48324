package dev.engram.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on the create POSTs: the same request again gets the first answer and
 * creates nothing; the same key with another body is 409; keys are per caller and expire.
 */
@MicronautTest(transactional = false)
class IdempotencyIT extends ApiTestSupport {
  private String root;
  private String org;
  private String app;
  private String writer;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
    org = createOrg(root, unique("idem"));
    app = createApp(root, org, "idem");
    writer = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  private static String[] with(String[] auth, String key) {
    return new String[] {auth[0], auth[1], "Idempotency-Key", key};
  }

  private long count(String user) {
    return ((Number) http.get("/v1/memories?user_id=" + user, Http.bearer(writer)).at("total"))
        .longValue();
  }

  @Test
  void aRepeatedMemoryPostGetsTheFirstAnswerAndStoresOnce() {
    String user = unique("u");
    String key = UUID.randomUUID().toString();
    String body = http.toJson(Map.of("user_id", user, "content", "User likes green tea"));

    Http.Response first = http.post("/v1/memories", body, with(Http.bearer(writer), key));
    Http.Response again = http.post("/v1/memories", body, with(Http.bearer(writer), key));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.text("ids")).isEqualTo(first.text("ids"));
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(first.header("Idempotency-Replayed")).isNull();
    assertThat(count(user)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsAConflictAndStoresNothing() {
    String user = unique("u");
    String key = UUID.randomUUID().toString();
    assertThat(
            http.post(
                    "/v1/memories",
                    http.toJson(Map.of("user_id", user, "content", "User likes tea")),
                    with(Http.bearer(writer), key))
                .status())
        .isEqualTo(201);

    Http.Response other =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", "User likes coffee")),
            with(Http.bearer(writer), key));

    assertThat(other.status()).isEqualTo(409);
    assertThat(other.text("error.code")).isEqualTo("idempotency_key_reused");
    assertThat(other.text("error.field")).isEqualTo("Idempotency-Key");
    assertThat(count(user)).isEqualTo(1);
  }

  @Test
  void conversationsAppsAndKeysAreCreatedOnce() {
    String key = UUID.randomUUID().toString();
    String conversation =
        http.toJson(
            Map.of(
                "user_id",
                unique("u"),
                "partial",
                true,
                "messages",
                List.of(Map.of("role", "user", "content", "I moved to Porto last month."))));
    Http.Response task =
        http.post("/v1/conversations", conversation, with(Http.bearer(writer), key));
    Http.Response sameTask =
        http.post("/v1/conversations", conversation, with(Http.bearer(writer), key));
    assertThat(task.status()).as(task.body()).isEqualTo(202);
    assertThat(sameTask.status()).isEqualTo(202);
    assertThat(sameTask.text("task_id")).isEqualTo(task.text("task_id"));
    assertThat(sameTask.header("Location")).isEqualTo(task.header("Location"));

    // one key per request: the same key on another path of the same caller is another request
    key = UUID.randomUUID().toString();
    String appBody = "{\"name\":\"" + unique("once") + "\"}";
    Http.Response app1 =
        http.post("/admin/v1/orgs/" + org + "/apps", appBody, with(Http.bearer(root), key));
    Http.Response app2 =
        http.post("/admin/v1/orgs/" + org + "/apps", appBody, with(Http.bearer(root), key));
    assertThat(app1.status()).as(app1.body()).isEqualTo(201);
    assertThat(app2.text("id")).isEqualTo(app1.text("id"));
    assertThat(http.get("/admin/v1/orgs/" + org + "/apps", Http.bearer(root)).list())
        .filteredOn(a -> a.get("id").equals(app1.text("id")))
        .hasSize(1);

    key = UUID.randomUUID().toString();
    String keyBody = "{\"name\":\"ci\",\"scopes\":[\"memories:read\"]}";
    Http.Response key1 =
        http.post("/admin/v1/apps/" + app + "/keys", keyBody, with(Http.bearer(root), key));
    Http.Response key2 =
        http.post("/admin/v1/apps/" + app + "/keys", keyBody, with(Http.bearer(root), key));
    assertThat(key1.status()).as(key1.body()).isEqualTo(201);
    assertThat(key2.status()).isEqualTo(201);
    assertThat(key2.text("api_key.id")).isEqualTo(key1.text("api_key.id"));
    assertThat(key1.text("key")).startsWith("eng_");
    assertThat(key2.body())
        .as("the secret is shown once, never kept")
        .doesNotContain(key1.text("key"));
    assertThat(http.get("/admin/v1/apps/" + app + "/keys", Http.bearer(root)).list())
        .filteredOn(k -> k.get("id").equals(key1.text("api_key.id")))
        .hasSize(1);
  }

  @Test
  void keysBelongToTheirCallerAndExpire() {
    String user = unique("u");
    String key = UUID.randomUUID().toString();
    String otherWriter = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    String body = http.toJson(Map.of("user_id", user, "content", "User likes oolong"));

    assertThat(http.post("/v1/memories", body, with(Http.bearer(writer), key)).status())
        .isEqualTo(201);
    Http.Response byOther = http.post("/v1/memories", body, with(Http.bearer(otherWriter), key));
    assertThat(byOther.status()).isEqualTo(201);
    assertThat(byOther.header("Idempotency-Replayed")).isNull();

    clock.advance(Duration.ofHours(25));
    Http.Response later = http.post("/v1/memories", body, with(Http.bearer(writer), key));
    assertThat(later.status()).isEqualTo(201);
    assertThat(later.header("Idempotency-Replayed")).isNull();
  }

  @Test
  void aMalformedKeyIsRefused() {
    Http.Response bad =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", "u", "content", "x")),
            with(Http.bearer(writer), "x".repeat(256)));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text("error.field")).isEqualTo("Idempotency-Key");
  }
}
