package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entity graph of a user's memories over HTTP. */
@MicronautTest(transactional = false)
class EntityApiIT extends ApiTestSupport {
  private String key;
  private String writeOnly;
  private String otherAppKey;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("entities-org"));
    key =
        createKeySecret(
            root, createApp(root, org, "entities"), List.of("memories:read", "memories:write"));
    writeOnly =
        createKeySecret(root, createApp(root, org, "entities-w"), List.of("memories:write"));
    otherAppKey =
        createKeySecret(
            root,
            createApp(root, org, "entities-other"),
            List.of("memories:read", "memories:write"));
  }

  private void write(String user, String content) {
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", content)),
            Http.bearer(key));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsTheEntitiesOfAUserAndTheMemoriesThatNameOne() {
    String user = unique("ent");
    write(user, "Alice adopted a dog called Rex in May 2023");
    write(user, "Rex loves the beaches of Portugal");
    write(unique("other"), "Rex is a cat of another user");

    Http.Response list = http.get("/v1/users/" + user + "/entities", Http.bearer(key));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.text("user_id")).isEqualTo(user);
    List<Map<String, Object>> entities = (List<Map<String, Object>>) list.at("entities");
    assertThat(entities.get(0))
        .containsEntry("key", "rex")
        .containsEntry("name", "Rex")
        .containsEntry("kind", "person")
        .containsEntry("memories", 2);
    assertThat(entities)
        .extracting(e -> e.get("key"))
        .containsExactlyInAnyOrder("rex", "alice", "portugal", "2023-05");

    Http.Response places = http.get("/v1/users/" + user + "/entities?kind=place", Http.bearer(key));
    assertThat((List<Map<String, Object>>) places.at("entities"))
        .extracting(e -> e.get("key"))
        .containsExactly("portugal");

    Http.Response memories =
        http.get("/v1/users/" + user + "/entities/Rex/memories", Http.bearer(key));
    assertThat(memories.status()).as(memories.body()).isEqualTo(200);
    assertThat(memories.text("entity")).isEqualTo("rex");
    assertThat((List<Map<String, Object>>) memories.at("memories"))
        .extracting(m -> m.get("content"))
        .containsExactly(
            "Rex loves the beaches of Portugal", "Alice adopted a dog called Rex in May 2023");

    Http.Response limited =
        http.get("/v1/users/" + user + "/entities/rex/memories?limit=1", Http.bearer(key));
    assertThat((List<?>) limited.at("memories")).hasSize(1);
  }

  @Test
  void anotherAppSeesNothingAndAKeyWithoutTheReadScopeIsRefused() {
    String user = unique("ent");
    write(user, "Bob works at Acme Corp");

    Http.Response other = http.get("/v1/users/" + user + "/entities", Http.bearer(otherAppKey));
    assertThat(other.status()).isEqualTo(200);
    assertThat((List<?>) other.at("entities")).isEmpty();
    assertThat(
            (List<?>)
                http.get("/v1/users/" + user + "/entities/bob/memories", Http.bearer(otherAppKey))
                    .at("memories"))
        .isEmpty();
    assertThat(http.get("/v1/users/" + user + "/entities", Http.bearer(writeOnly)).status())
        .isEqualTo(403);
    assertThat(http.get("/v1/users/" + user + "/entities").status()).isEqualTo(401);
  }

  @Test
  void badInputIsA400NamingTheField() {
    Http.Response kind = http.get("/v1/users/u1/entities?kind=animal", Http.bearer(key));
    assertThat(kind.status()).isEqualTo(400);
    assertThat(kind.text("error.field")).isEqualTo("kind");

    Http.Response limit = http.get("/v1/users/u1/entities?limit=0", Http.bearer(key));
    assertThat(limit.status()).isEqualTo(400);
    assertThat(limit.text("error.field")).isEqualTo("limit");

    Http.Response user = http.get("/v1/users/bad%20user/entities", Http.bearer(key));
    assertThat(user.status()).isEqualTo(400);
    assertThat(user.text("error.field")).isEqualTo("user_id");

    Http.Response entity =
        http.get("/v1/users/u1/entities/" + "x".repeat(201) + "/memories", Http.bearer(key));
    assertThat(entity.status()).isEqualTo(400);
    assertThat(entity.text("error.field")).isEqualTo("entity");
  }
}
