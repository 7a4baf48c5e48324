package dev.engram.api.compat;

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
 * The ElevenLabs {@code client-data} webhook with an LLM configured (a scripted OpenAI-compatible
 * server): the first message is written by the LLM from the caller's memories and labelled {@code
 * llm}; when the LLM fails, the app's template is used and the label says why.
 */
@MicronautTest(transactional = false)
class ElevenLabsLlmFirstMessageIT extends ApiTestSupport {
  private static final String SECRET = "whsec_llm_secret_0123456789";
  private static final String WRITER_PROMPT = "first sentence a voice agent says";

  private final ChatCompletionsFixture llm = ChatCompletionsFixture.start();
  private String app;
  private String key;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = llm.configure(super.getProperties());
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    app = createApp(root, createOrg(root, unique("el-llm")), "voice");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    Http.Response put =
        http.put(
            "/admin/v1/apps/" + app + "/integrations/elevenlabs",
            http.toJson(
                Map.of(
                    "webhook_secret",
                    SECRET,
                    "first_message_template",
                    "Hi again! You told us: {{top_memory}}.")),
            Http.bearer(root));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  @BeforeEach
  void resetFixture() {
    llm.reset();
  }

  @AfterAll
  void stopFixture() {
    llm.close();
  }

  private String callerWith(String content) {
    String caller = unique("+1555");
    Http.Response stored =
        http.post(
            "/v1/memories",
            http.toJson(Map.of("user_id", caller, "content", content, "resolve", false)),
            Http.bearer(key));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    return caller;
  }

  private Http.Response clientData(String caller) {
    String body = "{\"caller_id\":\"" + caller + "\",\"agent_id\":\"a1\"}";
    return http.post(
        "/webhooks/elevenlabs/" + app + "/client-data",
        body,
        "ElevenLabs-Signature",
        ElevenLabsWebhookIT.sign(SECRET, clock.instant().getEpochSecond(), body));
  }

  @Test
  void theLlmWritesTheFirstMessageFromTheCallersMemoriesAndSaysSo() {
    String caller = callerWith("Ana moved to a new flat in Porto");
    llm.answerWhenSystemContains(
        WRITER_PROMPT, "{\"first_message\":\"Welcome back, Ana! How is the new flat in Porto?\"}");

    Http.Response answer = clientData(caller);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.text("conversation_config_override.agent.first_message"))
        .isEqualTo("Welcome back, Ana! How is the new flat in Porto?");
    assertThat(answer.text("dynamic_variables.first_message_source")).isEqualTo("llm");
    assertThat(llm.requests()).hasSize(1);
    assertThat(llm.requests().getFirst().lastUserMessage())
        .contains("Ana moved to a new flat in Porto")
        .contains("Hi again! You told us");
  }

  @Test
  void aFailingLlmFallsBackToTheTemplateAndSaysWhy() {
    String caller = callerWith("Prefers calls after 6 pm");
    llm.malformed().malformed();

    Http.Response answer = clientData(caller);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.text("conversation_config_override.agent.first_message"))
        .isEqualTo("Hi again! You told us: Prefers calls after 6 pm.");
    assertThat(answer.text("dynamic_variables.first_message_source"))
        .startsWith("template (llm fallback: ");
  }

  @Test
  void anUnknownCallerCostsNoLlmCall() {
    Http.Response answer = clientData(unique("+1666"));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.map()).doesNotContainKey("conversation_config_override");
    assertThat(llm.requests()).isEmpty();
  }
}
