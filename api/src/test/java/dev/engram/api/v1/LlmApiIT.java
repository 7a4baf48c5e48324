package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.testing.ChatCompletionsFixture;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LLM paths over HTTP with an OpenAI-compatible LLM configured (a local scripted fixture): the
 * direct-store resolver, conversation ingestion (extraction), summaries and answers.
 */
@MicronautTest(transactional = false)
class LlmApiIT extends ApiTestSupport {
  private final ChatCompletionsFixture llm = ChatCompletionsFixture.start();
  private String writer;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = llm.configure(super.getProperties());
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String org = createOrg(root, unique("llm-org"));
    String app = createApp(root, org, "llm");
    writer = createKeySecret(root, app, List.of("memories:read", "memories:write"));
  }

  @BeforeEach
  void resetFixture() {
    llm.reset();
  }

  @AfterAll
  void stopFixture() {
    llm.close();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> store(String user, String content) {
    Http.Response response =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", user, "content", content)),
            Http.bearer(writer));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return ((List<Map<String, Object>>) response.at("results")).get(0);
  }

  @Test
  void theScriptedLlmDecisionSupersedesTheOldMemory() {
    String user = unique("llm");
    Map<String, Object> first = store(user, "User prefers express shipping");
    assertThat(first.get("action")).isEqualTo("add");
    assertThat(llm.requests()).as("nothing to compare with: no LLM call").isEmpty();
    String old = first.get("memory_id").toString();
    llm.answer(
        "{\"action\": \"UPDATE\", \"target_id\": \""
            + old
            + "\", \"reason\": \"scripted: the shipping preference changed\"}");

    Map<String, Object> second = store(user, "User now prefers standard shipping");

    assertThat(second.get("action")).isEqualTo("update");
    assertThat(second.get("target_id")).isEqualTo(old);
    assertThat(second.get("reason")).isEqualTo("scripted: the shipping preference changed");
    assertThat(second.get("engine")).isEqualTo("llm");
    assertThat(llm.requests()).hasSize(1);
    ChatCompletionsFixture.Request request = llm.requests().getFirst();
    assertThat(request.model()).isEqualTo("fixture-model");
    assertThat(request.authorization()).contains("Bearer sk-test-secret");
    assertThat(request.lastUserMessage())
        .contains("User now prefers standard shipping")
        .contains(old);
    assertThat(http.get("/v1/memories/" + old, Http.bearer(writer)).text("status"))
        .isEqualTo("superseded");
    List<Map<String, Object>> events = new java.util.ArrayList<>();
    events.addAll(http.get("/v1/memories/" + old + "/events", Http.bearer(writer)).list());
    events.addAll(
        http.get("/v1/memories/" + second.get("memory_id") + "/events", Http.bearer(writer))
            .list());
    assertThat(events)
        .anySatisfy(
            e ->
                assertThat(e.get("reason")).isEqualTo("scripted: the shipping preference changed"));
  }

  @Test
  void theRuleEngineDecidesWhenTheLlmAnswersGarbageTwice() {
    String user = unique("garbage");
    String old = store(user, "User lives in Berlin").get("memory_id").toString();
    llm.malformed().malformed();

    Map<String, Object> moved = store(user, "User moved to Munich last spring");

    assertThat(llm.requests()).hasSize(2);
    assertThat(moved.get("action")).isEqualTo("update");
    assertThat(moved.get("target_id")).isEqualTo(old);
    assertThat(moved.get("engine").toString()).startsWith("rules (llm fallback: invalid output");
  }

  @Test
  void healthNamesTheLlmEngineWithoutItsKey() {
    Http.Response health = http.get("/health", operator());

    assertThat(health.text("details.memory.details.engine")).isEqualTo("llm");
    assertThat(health.text("details.memory.details.llm_provider")).isEqualTo("openai");
    assertThat(health.text("details.memory.details.llm_model")).isEqualTo("fixture-model");
    assertThat(health.body()).doesNotContain("sk-test-secret");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aConversationIsExtractedByTheLlmPassesWithProvenance() throws InterruptedException {
    String user = unique("conv");
    llm.answerWhenSystemContains(
            "behaviour and preferences",
            "{\"facts\": [{\"content\": \"User prefers aisle seats\", \"type\": \"semantic\","
                + " \"category\": \"preference\", \"importance\": 6, \"message_ids\": [\"c1\"]}]}")
        .answerWhenSystemContains(
            "looks for the narrative",
            "{\"facts\": [{\"content\": \"User is running the Berlin marathon in September\","
                + " \"type\": \"episodic\", \"category\": \"plan\", \"importance\": 7,"
                + " \"message_ids\": [\"c3\", \"c9\"]}]}");
    Map<String, Object> body =
        Map.of(
            "user_id",
            user,
            "partial",
            true,
            "messages",
            List.of(
                Map.of("id", "c1", "role", "user", "content", "Aisle seats please, always."),
                Map.of("id", "c2", "role", "assistant", "content", "Sure."),
                Map.of("id", "c3", "role", "user", "content", "I run in Berlin in September.")));

    Http.Response accepted = http.post("/v1/conversations", http.toJson(body), Http.bearer(writer));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String taskId = accepted.text("task_id");
    Http.Response task = http.get("/v1/tasks/" + taskId, Http.bearer(writer));
    for (int i = 0; i < 300 && task.at("finished_at") == null; i++) {
      Thread.sleep(50);
      task = http.get("/v1/tasks/" + taskId, Http.bearer(writer));
    }

    assertThat(task.text("status")).as(task.body()).isEqualTo("succeeded");
    assertThat(task.text("counts.added")).isEqualTo("2");
    List<Map<String, Object>> memories =
        (List<Map<String, Object>>)
            http.get("/v1/memories?user_id=" + user, Http.bearer(writer)).at("memories");
    assertThat(memories)
        .extracting(m -> m.get("content"))
        .containsExactlyInAnyOrder(
            "User prefers aisle seats", "User is running the Berlin marathon in September");
    Map<String, Object> marathon =
        memories.stream()
            .filter(m -> m.get("content").toString().contains("marathon"))
            .findFirst()
            .orElseThrow();
    assertThat(marathon.get("type")).isEqualTo("episodic");
    List<Map<String, Object>> sources = (List<Map<String, Object>>) marathon.get("sources");
    assertThat(sources.getFirst().get("message_ids"))
        .as("c9 is not a message of the conversation: dropped")
        .isEqualTo(List.of("c3"));
  }

  @Test
  void answersCiteTheMemoriesTheLlmUsed() {
    String user = unique("answer");
    Http.Response stored =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of("user_id", user, "content", "User lives in Lisbon", "resolve", false)),
            Http.bearer(writer));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    String id = stored.text("ids").replaceAll("[\\[\\]]", "");
    llm.answer("{\"answer\": \"In Lisbon.\", \"cited_ids\": [\"" + id + "\"]}");

    Http.Response answer =
        http.post(
            "/v1/answers",
            http.toJson(Map.of("user_id", user, "query", "Where does the user live?")),
            Http.bearer(writer));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.text("answer")).isEqualTo("In Lisbon.");
    assertThat(answer.text("engine")).isEqualTo("llm");
    assertThat(answer.at("cited_ids")).isEqualTo(List.of(id));
    assertThat(llm.requests().getFirst().lastUserMessage()).contains("User lives in Lisbon");
  }

  @Test
  void aSyncSummaryIsWrittenByTheLlm() {
    llm.answer(
        "{\"summary\": \"The user's parcel broke; a new one ships.\", \"message_ids\": [\"s1\"]}");

    Http.Response summary =
        http.post(
            "/v1/summaries",
            http.toJson(
                Map.of(
                    "user_id",
                    "sam",
                    "messages",
                    List.of(
                        Map.of("id", "s1", "role", "user", "content", "My parcel arrived broken."),
                        Map.of("id", "s2", "role", "assistant", "content", "A new one ships.")))),
            Http.bearer(writer));

    assertThat(summary.status()).as(summary.body()).isEqualTo(200);
    assertThat(summary.text("content")).isEqualTo("The user's parcel broke; a new one ships.");
    assertThat(summary.text("engine")).isEqualTo("llm");
    assertThat(summary.at("message_ids")).isEqualTo(List.of("s1"));
  }
}
