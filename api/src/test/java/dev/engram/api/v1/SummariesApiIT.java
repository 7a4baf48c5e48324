package dev.engram.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.CallbackReceiver;
import dev.engram.api.testing.Http;
import dev.engram.memory.task.TaskRepository;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /v1/summaries} on the default configuration: the short form at once, and every kind
 * of bad input refused with a 400 before anything is done (no task, no callback).
 */
@MicronautTest(transactional = false)
class SummariesApiIT extends ApiTestSupport {
  @Inject TaskRepository tasks;

  private String appId;
  private String writer;
  private String reader;
  private final CallbackReceiver receiver = new CallbackReceiver();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put("engram.summaries.max-messages", "5");
    return properties;
  }

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    String root = adminToken();
    String orgId = createOrg(root, unique("sum-org"));
    appId = createApp(root, orgId, "summaries");
    writer = createKeySecret(root, appId, List.of("memories:read", "memories:write"));
    reader = createKeySecret(root, appId, List.of("memories:read"));
  }

  @AfterAll
  void stopReceiving() {
    receiver.close();
  }

  private Http.Response summarize(Map<String, Object> body) {
    return http.post("/v1/summaries", http.toJson(body), Http.bearer(writer));
  }

  private static Map<String, Object> body(Object messages) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user_id", "u1");
    body.put("messages", messages);
    return body;
  }

  private static Map<String, Object> message(String role, String content) {
    return Map.of("role", role, "content", content);
  }

  private static List<Map<String, Object>> conversation() {
    return List.of(
        message("user", "Hello there!"),
        message("user", "I adopted a beagle called Biscuit last weekend."),
        message("assistant", "Congratulations! Beagles need a lot of exercise."),
        message("user", "I will take Biscuit to puppy training classes every Saturday."));
  }

  private void assertRefused(Http.Response response, String code, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.text("error.code")).isEqualTo(code);
    assertThat(response.text("error.field")).isEqualTo(field);
    assertThat(response.text("error.request_id")).isNotBlank();
    assertThat(tasks.count(appId)).as("no task accepted").isZero();
  }

  @Test
  void returnsTheShortSummaryAtOnce() {
    Http.Response response = summarize(body(conversation()));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.text("delivery")).isEqualTo("sync");
    assertThat(response.text("engine")).isEqualTo("rules");
    assertThat(response.text("content")).contains("Biscuit").doesNotContain("Hello there");
    assertThat((List<Object>) response.at("message_ids")).isNotEmpty().doesNotContain("m1");
  }

  @Test
  void summarizesAPlainTextAndKeepsCallerMessageIds() {
    Http.Response text =
        summarize(body("Hello! I work as a nurse at the children's hospital in Porto."));
    assertThat(text.status()).as(text.body()).isEqualTo(200);
    assertThat(text.text("content"))
        .isEqualTo("user: I work as a nurse at the children's hospital in Porto.");
    assertThat((List<Object>) text.at("message_ids")).containsExactly("m1");

    Http.Response ids =
        summarize(
            body(
                List.of(
                    Map.of(
                        "role",
                        "user",
                        "content",
                        "My daughter Ana starts school in Braga.",
                        "id",
                        "x-1"),
                    Map.of(
                        "role",
                        "tool",
                        "content",
                        "Calendar entry created for the first day.",
                        "id",
                        "x-2"))));
    assertThat(ids.status()).as(ids.body()).isEqualTo(200);
    assertThat((List<Object>) ids.at("message_ids")).contains("x-1");
  }

  @Test
  void needsTheWriteScope() {
    Http.Response response =
        http.post("/v1/summaries", http.toJson(body(conversation())), Http.bearer(reader));
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void refusesBadMessages() {
    assertRefused(summarize(body(null)), "invalid_field", "messages");
    assertRefused(summarize(body(List.of())), "invalid_field", "messages");
    assertRefused(summarize(body("   ")), "invalid_field", "messages");
    assertRefused(summarize(body(42)), "invalid_field", "messages");
    assertRefused(
        summarize(body(List.of(message("user", "fine"), message("user", " ")))),
        "invalid_field",
        "messages[1].content");
    assertRefused(
        summarize(body(List.of(message("user", "x".repeat(8001))))),
        "content_too_long",
        "messages[0].content");
    assertRefused(
        summarize(body(List.of(message("robot", "I am a robot")))),
        "invalid_field",
        "messages[0].role");
    assertRefused(
        summarize(body(List.of(Map.of("content", "no role")))),
        "invalid_field",
        "messages[0].role");
    assertRefused(summarize(body(List.of("just text"))), "invalid_field", "messages[0]");
    assertRefused(
        summarize(body(List.of(Map.of("role", "user", "content", "a b c", "when", "now")))),
        "invalid_field",
        "messages[0].when");
    assertRefused(
        summarize(
            body(
                List.of(
                    Map.of("role", "user", "content", "first one", "id", "m2"),
                    message("user", "second one")))),
        "invalid_field",
        "messages[1].id");
    assertRefused(
        summarize(body(List.of(Map.of("role", "user", "content", "bad id", "id", "a b")))),
        "invalid_field",
        "messages[0].id");
    assertRefused(
        summarize(body(List.of(Map.of("role", "user", "content", 12)))),
        "invalid_field",
        "messages[0].content");
    List<Map<String, Object>> six = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(message("user", "I like tea number " + i));
    }
    assertRefused(summarize(body(six)), "too_many_messages", "messages");
  }

  @Test
  void refusesAMissingUser() {
    Map<String, Object> body = body(conversation());
    body.remove("user_id");
    assertRefused(summarize(body), "user_id_required", "user_id");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://hooks.example.com/x",
        "file:///etc/passwd",
        "not a url",
        "https://user:secret@hooks.example.com/x",
        "http://127.0.0.1:9/x",
        "http://localhost:9/x",
        "http://10.0.0.5/x",
        "http://172.20.1.1/x",
        "http://192.168.0.10/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.1.1/x",
        "http://0.0.0.0/x",
        "http://[::1]/x",
        "http://[fe80::1]/x",
        "http://[fd00::1]/x",
        "http://[::ffff:127.0.0.1]/x",
        "http://[::ffff:169.254.169.254]/x",
        "http://2130706433/x",
        "http://0x7f.1/x",
        "http://0177.0.0.1/x",
        "http://224.0.0.1/x"
      })
  void refusesCallbackUrlsThatAreNotHttpOrPointInside(String url) {
    Map<String, Object> body = body(conversation());
    body.put("callback_url", url);

    assertRefused(summarize(body), "invalid_callback_url", "callback_url");
  }

  @Test
  void refusesACallbackToTheLocalReceiverWithoutConfiguration() {
    Map<String, Object> body = body(conversation());
    body.put("callback_url", receiver.url("/hook"));

    Http.Response response = summarize(body);

    assertRefused(response, "invalid_callback_url", "callback_url");
    assertThat(response.text("error.message")).contains("loopback");
    assertThat(receiver.next(Duration.ofMillis(300))).isNull();
  }

  @Test
  void refusesBadCallbackHeaders() {
    Map<String, Object> body = body(conversation());
    body.put("callback_url", "https://93.184.215.14/hook");
    body.put("callback_headers", Map.of("Host", "internal.example"));
    assertRefused(summarize(body), "invalid_field", "callback_headers.Host");

    body.put("callback_headers", Map.of("Content-Length", "0"));
    assertRefused(summarize(body), "invalid_field", "callback_headers.Content-Length");

    body.put("callback_headers", Map.of("X-Sig", "a\r\nHost: evil"));
    assertRefused(summarize(body), "invalid_field", "callback_headers.X-Sig");

    body.put("callback_headers", Map.of("X-Sig", 5));
    assertRefused(summarize(body), "invalid_field", "callback_headers.X-Sig");

    Map<String, Object> many = new LinkedHashMap<>();
    for (int i = 0; i < 21; i++) {
      many.put("X-H" + i, "v");
    }
    body.put("callback_headers", many);
    assertRefused(summarize(body), "invalid_field", "callback_headers");

    Map<String, Object> noUrl = body(conversation());
    noUrl.put("callback_headers", Map.of("X-Sig", "a"));
    assertRefused(summarize(noUrl), "invalid_field", "callback_headers");
  }
}
