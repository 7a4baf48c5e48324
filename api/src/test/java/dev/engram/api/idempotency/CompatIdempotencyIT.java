package dev.engram.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} on the create POSTs of the compatibility surfaces: OpenMemory's memory
 * and batch (and short store), mem0's adds. A repeat gets the first answer and stores nothing (a
 * repeated OpenMemory store would otherwise reinforce); another body with the same key is 409 in
 * each surface's own error shape.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class CompatIdempotencyIT extends ApiTestSupport {
  private String key;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String app = createApp(root, createOrg(root, unique("compat-idem")), "compat");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  private String[] bearer(String idempotencyKey) {
    return new String[] {"Authorization", "Bearer " + key, "Idempotency-Key", idempotencyKey};
  }

  private String[] token(String idempotencyKey) {
    return new String[] {"Authorization", "Token " + key, "Idempotency-Key", idempotencyKey};
  }

  private List<Map<String, Object>> callerMemories(String caller) {
    Http.Response list =
        http.get("/api/v1/agents/a1/callers/" + caller + "/memories", Http.bearer(key));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return (List<Map<String, Object>>) list.at("memories");
  }

  @Test
  void aRepeatedOpenMemoryStoreGetsTheFirstAnswerAndNeitherStoresNorReinforces() {
    String caller = unique("om");
    String idem = UUID.randomUUID().toString();
    String body =
        http.toJson(Map.of("agent_id", "a1", "caller_id", caller, "content", "User likes tea"));

    Http.Response first = http.post("/api/v1/memories", body, bearer(idem));
    Http.Response again = http.post("/api/v1/memories", body, bearer(idem));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.text("memory_id")).isEqualTo(first.text("memory_id"));
    assertThat(again.text("deduplication.is_duplicate")).isEqualTo("false");
    List<Map<String, Object>> stored = callerMemories(caller);
    assertThat(stored).hasSize(1);
    assertThat(((Map<String, Object>) stored.get(0).get("metadata")).get("reinforcement_count"))
        .isEqualTo(0);

    Http.Response other =
        http.post(
            "/api/v1/memories",
            http.toJson(
                Map.of("agent_id", "a1", "caller_id", caller, "content", "User likes coffee")),
            bearer(idem));
    assertThat(other.status()).as(other.body()).isEqualTo(409);
    assertThat(other.text("status")).isEqualTo("error");
    assertThat(other.text("error.details.reason")).isEqualTo("idempotency_key_reused");
    assertThat(other.text("error.details.field")).isEqualTo("Idempotency-Key");
    assertThat(callerMemories(caller)).hasSize(1);
  }

  @Test
  void aRepeatedOpenMemoryBatchIsStoredOnce() {
    String caller = unique("batch");
    String idem = UUID.randomUUID().toString();
    String body =
        http.toJson(
            Map.of(
                "memories",
                List.of(
                    Map.of("agent_id", "a1", "caller_id", caller, "content", "User's cat is Milo"),
                    Map.of(
                        "agent_id",
                        "a1",
                        "caller_id",
                        caller,
                        "content",
                        "User ordered XYZ-123"))));

    Http.Response first = http.post("/api/v1/memories/batch", body, bearer(idem));
    Http.Response again = http.post("/api/v1/memories/batch", body, bearer(idem));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.at("results")).isEqualTo(first.at("results"));
    assertThat(callerMemories(caller)).hasSize(2);
  }

  @Test
  void aRepeatedMem0AddGetsTheFirstAnswerAndStoresOnce() {
    String user = unique("m0");
    String idem = UUID.randomUUID().toString();
    String body =
        http.toJson(
            Map.of(
                "user_id",
                user,
                "infer",
                false,
                "messages",
                List.of(Map.of("role", "user", "content", "Likes jazz"))));

    Http.Response first = http.post("/mem0/v1/memories/", body, token(idem));
    Http.Response again = http.post("/mem0/v1/memories/", body, token(idem));

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.list().get(0).get("id")).isEqualTo(first.list().get(0).get("id"));
    assertThat(http.get("/mem0/v1/memories/?user_id=" + user, token(idem)).list()).hasSize(1);

    Http.Response other =
        http.post("/mem0/v1/memories/", body.replace("Likes jazz", "Likes blues"), token(idem));
    assertThat(other.status()).as(other.body()).isEqualTo(409);
    assertThat(other.text("error.code")).isEqualTo("idempotency_key_reused");
    assertThat(http.get("/mem0/v1/memories/?user_id=" + user, token(idem)).list()).hasSize(1);
  }

  @Test
  void aRepeatedMem0V3AddAnswersTheSameEvent() {
    String idem = UUID.randomUUID().toString();
    String body =
        http.toJson(
            Map.of(
                "user_id",
                unique("v3"),
                "messages",
                List.of(Map.of("role", "user", "content", "I moved to Porto."))));

    Http.Response first = http.post("/mem0/v3/memories/add/", body, token(idem));
    Http.Response again = http.post("/mem0/v3/memories/add/", body, token(idem));

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(again.text("event_id")).isEqualTo(first.text("event_id"));
  }
}
