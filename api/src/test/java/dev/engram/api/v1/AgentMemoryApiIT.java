package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /v1/agent-memories: text or messages saved as-is. */
@MicronautTest(transactional = false)
class AgentMemoryApiIT extends ApiTestSupport {
  private String key;
  private String reader;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("agent-org"));
    String app = createApp(root, org, "agent");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    reader = createKeySecret(root, app, List.of("memories:read"));
  }

  private Http.Response post(Map<String, Object> body) {
    return http.post("/v1/agent-memories", http.toJson(body), Http.bearer(key));
  }

  private long stored(String user) {
    return ((Number)
            http.get(
                    "/v1/memories?user_id=" + user + "&statuses=active,superseded,deleted",
                    Http.bearer(key))
                .at("total"))
        .longValue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aTextBecomesOneMemoryStoredAsIs() {
    String user = unique("text");
    Map<String, Object> body = new HashMap<>();
    body.put("user_id", user);
    body.put("session_id", "s-1");
    body.put("agent_id", "planner");
    body.put("messages", "User prefers window seats");
    body.put("tags", List.of("travel"));
    body.put("importance", 7);

    Http.Response first = post(body);
    Http.Response again = post(body);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat((List<Object>) first.at("ids")).hasSize(1);
    Map<String, Object> memory = ((List<Map<String, Object>>) first.at("memories")).get(0);
    assertThat(memory.get("content")).isEqualTo("User prefers window seats");
    assertThat(memory.get("type")).isEqualTo("semantic");
    assertThat(memory.get("agent_id")).isEqualTo("planner");
    assertThat(memory.get("session_id")).isEqualTo("s-1");
    assertThat(memory.get("tags")).isEqualTo(List.of("travel"));
    assertThat(memory.get("importance")).isEqualTo(7);
    // no resolution: the same text twice is two memories, nothing reinforced
    assertThat(stored(user)).isEqualTo(2);
    assertThat(memory.get("reinforcement_count")).isEqualTo(0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aListBecomesOneMemoryPerNonEmptyMessageWithRoleAndProvenance() {
    String user = unique("list");
    Http.Response response =
        post(
            Map.of(
                "user_id",
                user,
                "session_id",
                "sess-9",
                "metadata",
                Map.of("channel", "chat"),
                "messages",
                List.of(
                    Map.of("role", "user", "content", "I just adopted a dog", "id", "msg-1"),
                    Map.of("role", "assistant", "content", "   "),
                    Map.of("role", "assistant", "content", "Congratulations on the dog!"))));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    List<Map<String, Object>> memories = (List<Map<String, Object>>) response.at("memories");
    assertThat(memories)
        .extracting(m -> m.get("content"))
        .containsExactly("I just adopted a dog", "Congratulations on the dog!");
    assertThat(memories).extracting(m -> m.get("type")).containsOnly("episodic");
    assertThat(memories)
        .extracting(m -> ((Map<String, Object>) m.get("metadata")).get("role"))
        .containsExactly("user", "assistant");
    assertThat(((Map<String, Object>) memories.get(0).get("metadata")).get("channel"))
        .isEqualTo("chat");
    assertThat(memories.get(0).get("sources"))
        .isEqualTo(List.of(Map.of("conversation_id", "sess-9", "message_ids", List.of("msg-1"))));
    assertThat(memories.get(1).get("sources"))
        .isEqualTo(List.of(Map.of("conversation_id", "sess-9", "message_ids", List.of("m3"))));
    assertThat((List<Object>) response.at("ids"))
        .containsExactly(memories.get(0).get("id"), memories.get(1).get("id"));
    assertThat(stored(user)).isEqualTo(2);
    Http.Response events =
        http.get("/v1/memories/" + memories.get(0).get("id") + "/events", Http.bearer(key));
    assertThat(events.list()).extracting(e -> e.get("type")).containsExactly("ADD");
  }

  @Test
  void badInputIs400NamingTheFieldAndStoresNothing() {
    String user = unique("bad");
    String tooLong = "x".repeat(8001);
    List<Map<String, Object>> cases =
        List.of(
            Map.of("user_id", user, "messages", ""),
            Map.of("user_id", user, "messages", "   "),
            Map.of("user_id", user, "messages", List.of()),
            Map.of("user_id", user, "messages", List.of(Map.of("role", "user", "content", " "))),
            Map.of("user_id", user),
            Map.of("messages", "no user"),
            Map.of("user_id", user, "messages", 42),
            Map.of(
                "user_id",
                user,
                "messages",
                List.of(
                    Map.of("role", "user", "content", "fine"),
                    Map.of("role", "robot", "content", "beep"))),
            Map.of(
                "user_id",
                user,
                "messages",
                List.of(
                    Map.of("role", "user", "content", "fine"),
                    Map.of("role", "user", "content", tooLong))),
            Map.of(
                "user_id",
                user,
                "messages",
                List.of(Map.of("role", "user", "content", "hi", "colour", "red"))),
            Map.of("user_id", user, "messages", List.of("just a string")),
            Map.of("user_id", user, "messages", "ok", "importance", 11),
            Map.of("user_id", user, "messages", "ok", "type", "dream"),
            Map.of("user_id", user, "messages", "ok", "resolve", false));
    List<String> fields =
        List.of(
            "messages",
            "messages",
            "messages",
            "messages",
            "messages",
            "user_id",
            "messages",
            "messages[1].role",
            "messages[1].content",
            "messages[0].colour",
            "messages[0]",
            "importance",
            "type",
            "resolve");
    for (int i = 0; i < cases.size(); i++) {
      Http.Response response = post(cases.get(i));
      assertThat(response.status()).as("case %d: %s", i, response.body()).isEqualTo(400);
      assertThat(response.text("error.field")).as("case %d", i).isEqualTo(fields.get(i));
      assertThat(response.text("error.request_id")).isNotBlank();
    }
    assertThat(stored(user)).isZero();
  }

  @Test
  void needsTheWriteScope() {
    Http.Response response =
        http.post(
            "/v1/agent-memories",
            http.toJson(Map.of("user_id", "u", "messages", "hello")),
            Http.bearer(reader));
    assertThat(response.status()).isEqualTo(403);
  }
}
