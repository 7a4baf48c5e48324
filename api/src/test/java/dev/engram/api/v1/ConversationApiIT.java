package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conversation ingestion and tasks over real HTTP, on the embedded defaults (rule engine). */
@MicronautTest(transactional = false)
class ConversationApiIT extends ApiTestSupport {
  private String writerA;
  private String readerA;
  private String writerB;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("engram.memory.max-content-length", "500");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String orgId = createOrg(root, unique("ingest-org"));
    String appA = createApp(root, orgId, "app-a");
    String appB = createApp(root, orgId, "app-b");
    writerA = createKeySecret(root, appA, List.of("memories:read", "memories:write"));
    readerA = createKeySecret(root, appA, List.of("memories:read"));
    writerB = createKeySecret(root, appB, List.of("memories:read", "memories:write"));
  }

  static List<Map<String, Object>> tenMessages() {
    List<String> said =
        List.of(
            "Hi there!",
            "I live in Lisbon and I work at a bakery.",
            "Nice to meet you. How can I help?",
            "I'm allergic to peanuts.",
            "Noted. Anything else?",
            "I prefer window seats on long flights.",
            "Good to know.",
            "My email is ana@example.com",
            "Thanks, saved.",
            "I'm planning to visit Tokyo next spring.");
    List<Map<String, Object>> messages = new ArrayList<>();
    for (int i = 0; i < said.size(); i++) {
      messages.add(
          Map.of("role", i % 2 == 0 && i > 0 ? "assistant" : "user", "content", said.get(i)));
    }
    return messages;
  }

  private Http.Response post(String key, Map<String, Object> body) {
    return http.post("/v1/conversations", http.toJson(body), Http.bearer(key));
  }

  private Map<String, Object> awaitFinished(String key, String taskId) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Http.Response task = http.get("/v1/tasks/" + taskId, Http.bearer(key));
      assertThat(task.status()).as(task.body()).isEqualTo(200);
      String status = task.text("status");
      if (status.equals("succeeded") || status.equals("failed")) {
        return task.map();
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("task " + taskId + " did not finish in 30 s");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> memories(String key, String user) {
    Http.Response page = http.get("/v1/memories?user_id=" + user + "&limit=100", Http.bearer(key));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return (List<Map<String, Object>>) page.at("memories");
  }

  @Test
  @SuppressWarnings("unchecked")
  void ingestsAConversationInTheBackgroundAndReportsTheTask() {
    String user = unique("ana");
    Http.Response accepted =
        post(writerA, Map.of("user_id", user, "session_id", "s-1", "messages", tenMessages()));

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String taskId = accepted.text("task_id");
    assertThat(taskId).startsWith("task_");
    assertThat(accepted.text("status")).isEqualTo("queued");
    assertThat(accepted.header("Location")).isEqualTo("/v1/tasks/" + taskId);

    Map<String, Object> task = awaitFinished(readerA, taskId);
    assertThat(task).containsEntry("status", "succeeded").containsEntry("kind", "conversation");
    assertThat((Map<String, Object>) task.get("counts"))
        .containsEntry("added", 6)
        .containsEntry("updated", 0)
        .containsEntry("reinforced", 0);
    assertThat((List<Object>) task.get("errors")).isEmpty();
    assertThat(task.get("attempts")).isEqualTo(1);
    assertThat(task.get("finished_at")).isNotNull();

    List<Map<String, Object>> stored = memories(readerA, user);
    assertThat(stored)
        .extracting(m -> m.get("content"))
        .containsExactlyInAnyOrder(
            "User lives in Lisbon",
            "User works at a bakery",
            "User is allergic to peanuts",
            "User prefers window seats on long flights",
            "User's email is ana@example.com",
            "User is planning to visit Tokyo next spring");
    Map<String, Object> allergy =
        stored.stream()
            .filter(m -> m.get("content").equals("User is allergic to peanuts"))
            .findFirst()
            .orElseThrow();
    assertThat(allergy).containsEntry("importance", 9).containsEntry("session_id", "s-1");
    assertThat((List<Map<String, Object>>) allergy.get("sources"))
        .containsExactly(Map.of("conversation_id", "s-1", "message_ids", List.of("m4")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aLaterConversationUpdatesWhatAnEarlierOneSaid() {
    String user = unique("bea");
    String first =
        post(
                writerA,
                Map.of(
                    "user_id",
                    user,
                    "partial",
                    true,
                    "messages",
                    List.of(Map.of("role", "user", "content", "I live in Lisbon"))))
            .text("task_id");
    awaitFinished(readerA, first);
    String second =
        post(
                writerA,
                Map.of(
                    "user_id",
                    user,
                    "partial",
                    true,
                    "messages",
                    List.of(
                        Map.of("role", "user", "content", "Actually, I moved to Porto last month."),
                        Map.of("role", "user", "content", "I live in Porto"))))
            .text("task_id");

    Map<String, Object> task = awaitFinished(readerA, second);
    Map<String, Object> counts = (Map<String, Object>) task.get("counts");
    assertThat(counts).containsEntry("updated", 1).containsEntry("added", 0);
    List<Map<String, Object>> active = memories(readerA, user);
    assertThat(active)
        .extracting(m -> m.get("content"))
        .containsExactly("User moved to Porto last month");
  }

  @Test
  void refusesBadConversationsAndStoresNothing() {
    String user = unique("bad");
    Map<String, Object> oneMessage = Map.of("role", "user", "content", "I live in Lisbon");
    List<Map<String, Object>> eleven = new ArrayList<>(tenMessages());
    eleven.add(oneMessage);
    List<Map<String, Object>> unknownRole = new ArrayList<>(tenMessages());
    unknownRole.set(3, Map.of("role", "narrator", "content", "I live in Lisbon"));
    List<Map<String, Object>> empty = new ArrayList<>(tenMessages());
    empty.set(2, Map.of("role", "user", "content", "  "));
    List<Map<String, Object>> oversized = new ArrayList<>(tenMessages());
    oversized.set(1, Map.of("role", "user", "content", "I live in " + "x".repeat(600)));
    List<Map<String, Object>> duplicateIds = new ArrayList<>(tenMessages());
    duplicateIds.set(0, Map.of("id", "a", "role", "user", "content", "I live in Lisbon"));
    duplicateIds.set(1, Map.of("id", "a", "role", "user", "content", "I work at home"));

    assertRefused(Map.of("messages", tenMessages()), "user_id_required", "user_id");
    assertRefused(Map.of("user_id", user, "messages", List.of()), "invalid_field", "messages");
    assertRefused(Map.of("user_id", user), "invalid_field", "messages");
    assertRefused(Map.of("user_id", user, "messages", eleven), "too_many_messages", "messages");
    assertRefused(
        Map.of("user_id", user, "messages", List.of(oneMessage)), "too_few_messages", "messages");
    assertRefused(
        Map.of("user_id", user, "messages", unknownRole), "invalid_field", "messages[3].role");
    assertRefused(
        Map.of("user_id", user, "messages", empty), "invalid_field", "messages[2].content");
    assertRefused(
        Map.of("user_id", user, "messages", oversized), "content_too_long", "messages[1].content");
    assertRefused(
        Map.of("user_id", user, "messages", duplicateIds), "invalid_field", "messages[1].id");

    assertThat(memories(readerA, user)).isEmpty();
  }

  private void assertRefused(Map<String, Object> body, String code, String field) {
    Http.Response response = post(writerA, body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo(code);
    assertThat(response.text("error.field")).isEqualTo(field);
    assertThat(response.text("error.request_id")).isNotBlank();
  }

  @Test
  void aTaskOfAnotherAppOrAnUnknownOneIsNotFound() {
    String taskId =
        post(
                writerA,
                Map.of(
                    "user_id",
                    unique("cat"),
                    "partial",
                    true,
                    "messages",
                    List.of(Map.of("role", "user", "content", "I love jazz"))))
            .text("task_id");

    Http.Response other = http.get("/v1/tasks/" + taskId, Http.bearer(writerB));
    Http.Response unknown = http.get("/v1/tasks/task_doesnotexist", Http.bearer(writerA));

    assertThat(other.status()).as(other.body()).isEqualTo(404);
    assertThat(other.text("error.code")).isEqualTo("task_not_found");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("error.code")).isEqualTo("task_not_found");
    awaitFinished(writerA, taskId);
  }

  @Test
  void ingestionNeedsTheWriteScope() {
    Http.Response response =
        post(readerA, Map.of("user_id", unique("dan"), "messages", tenMessages()));

    assertThat(response.status()).isEqualTo(403);
  }
}
