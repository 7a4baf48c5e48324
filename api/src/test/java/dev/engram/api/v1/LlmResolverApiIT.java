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

/** The direct-store path with an OpenAI-compatible LLM configured (a local scripted fixture). */
@MicronautTest(transactional = false)
class LlmResolverApiIT extends ApiTestSupport {
  private final ChatCompletionsFixture llm = ChatCompletionsFixture.start();
  private String writer;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("engram.llm.provider", "openai");
    properties.put("engram.llm.base-url", llm.url());
    properties.put("engram.llm.api-key", "sk-test-secret");
    properties.put("engram.llm.model", "fixture-model");
    properties.put("engram.llm.timeout", "5s");
    properties.put("engram.llm.max-retry-wait", "100ms");
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
    Http.Response health = http.get("/health");

    assertThat(health.text("details.memory.details.engine")).isEqualTo("llm");
    assertThat(health.text("details.memory.details.llm_provider")).isEqualTo("openai");
    assertThat(health.text("details.memory.details.llm_model")).isEqualTo("fixture-model");
    assertThat(health.body()).doesNotContain("sk-test-secret");
  }
}
