package dev.engram.api.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.api.testing.ApiTestSupport;
import dev.engram.api.testing.Http;
import dev.engram.memory.read.AccessRecorder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ElevenLabs webhooks served by Engram, with signed payloads, over HTTP. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ElevenLabsWebhookIT extends ApiTestSupport {
  private static final String SECRET = "whsec_test_secret_0123456789";

  private String root;
  private String app;
  private String otherApp;
  private String key;
  @Inject AccessRecorder accesses;

  @BeforeAll
  void setUp() {
    http = new Http(server.getURI(), jsonMapper);
    root = adminToken();
    String org = createOrg(root, unique("el-org"));
    app = createApp(root, org, "voice");
    otherApp = createApp(root, org, "voice-2");
    key = createKeySecret(root, app, List.of("memories:read", "memories:write"));
    Http.Response put =
        http.put(
            "/admin/v1/apps/" + app + "/integrations/elevenlabs",
            http.toJson(
                Map.of(
                    "webhook_secret", SECRET,
                    "first_message_template", "Hi again! You told us: {{top_memory}}.",
                    "default_agent_id", "test_agent")),
            Http.bearer(root));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  static String sign(String secret, long t, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v0=" + HexFormat.of().formatHex(digest);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }

  private Http.Response webhook(String target, String path, String body) {
    return http.post(
        "/webhooks/elevenlabs/" + target + "/" + path,
        body,
        "ElevenLabs-Signature",
        sign(SECRET, now(), body));
  }

  @Test
  void settingsAreShownWithoutTheSecret() {
    Http.Response shown =
        http.get("/admin/v1/apps/" + app + "/integrations/elevenlabs", Http.bearer(root));
    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    assertThat(shown.body()).doesNotContain(SECRET);
    assertThat(shown.at("webhook_secret_set")).isEqualTo(true);
    assertThat(shown.at("default_agent_id")).isEqualTo("test_agent");
    assertThat(shown.text("webhook_urls.post_call"))
        .isEqualTo("/webhooks/elevenlabs/" + app + "/post-call");
    Http.Response missing =
        http.put(
            "/admin/v1/apps/" + otherApp + "/integrations/elevenlabs",
            http.toJson(Map.of("default_agent_id", "x")),
            Http.bearer(root));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.at("error.field")).isEqualTo("webhook_secret");
    assertThat(
            http.get("/admin/v1/apps/" + otherApp + "/integrations/elevenlabs", Http.bearer(root))
                .status())
        .isEqualTo(404);
    // API keys do not reach the console API
    assertThat(
            http.get("/admin/v1/apps/" + app + "/integrations/elevenlabs", Http.bearer(key))
                .status())
        .isIn(401, 403);
  }

  @Test
  void clientDataGreetsAKnownCallerFromTheTemplateAndAnUnknownOneByDefault() {
    String caller = "+1555" + unique("c").substring(2, 9);
    // the seed's test request: no memories yet, so no override
    String seedBody =
        """
        {
          "agent_id": "test_agent",
          "conversation_id": "test_conv",
          "dynamic_variables": {
            "system__caller_id": "%s"
          }
        }
        """
            .formatted(caller);
    Http.Response unknown = webhook(app, "client-data", seedBody);
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(200);
    assertThat(unknown.at("type")).isEqualTo("conversation_initiation_client_data");
    assertThat(unknown.at("dynamic_variables.returning_caller")).isEqualTo(false);
    assertThat(unknown.at("conversation_config_override")).isNull();

    http.post(
        "/v1/memories",
        http.toJson(
            Map.of(
                "user_id",
                caller,
                "agent_id",
                "test_agent",
                "content",
                "Caller prefers express shipping",
                "importance",
                9)),
        Http.bearer(key));
    Http.Response known =
        webhook(
            app,
            "client-data",
            http.toJson(
                Map.of(
                    "caller_id",
                    caller,
                    "agent_id",
                    "test_agent",
                    "called_number",
                    "+15550000000",
                    "call_sid",
                    "CA123")));

    assertThat(known.status()).as(known.body()).isEqualTo(200);
    assertThat(known.at("conversation_config_override.agent.first_message"))
        .isEqualTo("Hi again! You told us: Caller prefers express shipping.");
    assertThat(known.at("dynamic_variables.caller_summary"))
        .isEqualTo("Caller prefers express shipping");
    assertThat(known.at("dynamic_variables.memory_count")).isEqualTo(1);
    assertThat(known.at("dynamic_variables.first_message_source")).isEqualTo("template");
    Http.Response noCaller = webhook(app, "client-data", "{\"agent_id\":\"test_agent\"}");
    assertThat(noCaller.status()).isEqualTo(400);
    assertThat(noCaller.at("error.field")).isEqualTo("caller_id");
  }

  @Test
  void searchMemoryLooksAtTheAgentFirstThenAllAgents() {
    String caller = unique("search");
    http.post(
        "/v1/memories",
        http.toJson(
            Map.of(
                "user_id",
                caller,
                "agent_id",
                "billing_agent",
                "content",
                "Caller's last order number is XYZ-789",
                "sources",
                List.of(Map.of("conversation_id", "conv_9", "message_ids", List.of("t3"))))),
        Http.bearer(key));

    Http.Response found =
        webhook(
            app,
            "search-memory",
            http.toJson(
                Map.of(
                    "query", "last order number", "caller_id", caller, "agent_id", "test_agent")));

    assertThat(found.status()).as(found.body()).isEqualTo(200);
    List<Map<String, Object>> results = (List<Map<String, Object>>) found.at("results");
    assertThat(results).isNotEmpty();
    assertThat(results.get(0).get("memory")).isEqualTo("Caller's last order number is XYZ-789");
    assertThat(results.get(0).get("agent_id")).isEqualTo("billing_agent");
    assertThat(results.get(0).get("conversation_id")).isEqualTo("conv_9");
    assertThat(results.get(0)).containsKeys("relevance", "timestamp");
    // nothing relevant for the agent itself: every agent was searched
    assertThat(found.at("searched_agents")).isEqualTo(List.of("*"));
    assertThat(found.text("summary")).contains("XYZ-789");
    Http.Response none =
        webhook(
            app,
            "search-memory",
            http.toJson(Map.of("query", "order", "caller_id", unique("nobody"))));
    assertThat((List<?>) none.at("results")).isEmpty();
    Http.Response noQuery = webhook(app, "search-memory", http.toJson(Map.of("caller_id", caller)));
    assertThat(noQuery.status()).isEqualTo(400);
    assertThat(noQuery.at("error.field")).isEqualTo("query");
  }

  @SuppressWarnings("unchecked")
  private String remember(String caller, String agent, String content) {
    Http.Response created =
        http.post(
            "/v1/memories",
            http.toJson(
                Map.of("user_id", caller, "agent_id", agent, "content", content, "resolve", false)),
            Http.bearer(key));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return ((List<Map<String, Object>>) created.at("results")).get(0).get("memory_id").toString();
  }

  /**
   * The caller's access counts by memory id, once counted accesses are written (a list counts
   * none).
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> accessCounts(String caller) {
    accesses.flush();
    Http.Response page = http.get("/v1/memories?user_id=" + caller, Http.bearer(key));
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    Map<String, Object> out = new java.util.HashMap<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) page.at("memories")) {
      out.put(m.get("id").toString(), m.get("access_count"));
    }
    return out;
  }

  @Test
  void searchMemoryAnswersTheAgentsOwnMemoriesAndCountsOnlyWhatItAnswers() {
    String caller = unique("agent-first");
    String billing = remember(caller, "billing_agent", "Caller's last order number is XYZ-789");
    String support =
        remember(caller, "support_agent", "Caller's previous order number was ABC-123");

    Http.Response own =
        webhook(
            app,
            "search-memory",
            http.toJson(
                Map.of("query", "order number", "caller_id", caller, "agent_id", "billing_agent")));

    assertThat(own.status()).as(own.body()).isEqualTo(200);
    List<Map<String, Object>> results = (List<Map<String, Object>>) own.at("results");
    assertThat(results).extracting(r -> r.get("agent_id")).containsExactly("billing_agent");
    assertThat(own.at("searched_agents")).isEqualTo(List.of("billing_agent"));
    // the support agent's memory was a candidate of the search but not answered: not counted
    assertThat(accessCounts(caller)).isEqualTo(Map.of(billing, 1, support, 0));

    Http.Response all =
        webhook(
            app,
            "search-memory",
            http.toJson(
                Map.of(
                    "query",
                    "order number",
                    "caller_id",
                    caller,
                    "agent_id",
                    "billing_agent",
                    "search_all_agents",
                    true)));

    assertThat(all.status()).as(all.body()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) all.at("results"))
        .extracting(r -> r.get("memory"))
        .containsExactlyInAnyOrder(
            "Caller's last order number is XYZ-789", "Caller's previous order number was ABC-123");
    assertThat(all.at("searched_agents")).isEqualTo(List.of("*"));
    assertThat(accessCounts(caller)).isEqualTo(Map.of(billing, 2, support, 1));
    Http.Response bad =
        webhook(
            app,
            "search-memory",
            http.toJson(Map.of("query", "order", "caller_id", caller, "search_all_agents", "yes")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.at("error.field")).isEqualTo("search_all_agents");
  }

  @Test
  void postCallQueuesTheTranscriptOnceAndItsFactsArrive() throws InterruptedException {
    String caller = "+1444" + unique("pc").substring(3, 10);
    String conversation = unique("conv");
    String body =
        """
        {
          "type": "post_call_transcription",
          "event_timestamp": 1739537297,
          "data": {
            "conversation_id": "%s",
            "agent_id": "test_agent",
            "transcript": [
              {"role": "agent", "message": "Hello, how can I help?"},
              {"role": "user", "message": "I want to order product XYZ-789"},
              {"role": "agent", "message": null},
              {"role": "agent", "message": "Great! Let me help you with that."},
              {"role": "user", "message": "I prefer express shipping — schnell, bitte"}
            ],
            "status": "done",
            "metadata": {
              "start_time_unix_secs": 1739537100,
              "call_duration_secs": 187,
              "phone_call": {"direction": "inbound", "call_sid": "CA42", "type": "twilio"}
            },
            "conversation_initiation_client_data": {
              "dynamic_variables": {"system__caller_id": "%s"}
            }
          }
        }
        """
            .formatted(conversation, caller);

    Http.Response accepted = webhook(app, "post-call", body);
    Http.Response again = webhook(app, "post-call", body.replace("1739537297", "1739537298"));

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.at("status")).isEqualTo("accepted");
    assertThat((List<?>) accepted.at("task_ids")).hasSize(1);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.at("status")).isEqualTo("duplicate");
    String task = ((List<String>) accepted.at("task_ids")).get(0);
    for (int i = 0; i < 300; i++) {
      String status = http.get("/v1/tasks/" + task, Http.bearer(key)).text("status");
      if ("succeeded".equals(status) || "failed".equals(status)) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(http.get("/v1/tasks/" + task, Http.bearer(key)).text("status"))
        .isEqualTo("succeeded");
    Http.Response stored =
        http.get(
            "/v1/memories?user_id=" + URLEncoder.encode(caller, StandardCharsets.UTF_8),
            Http.bearer(key));
    List<Map<String, Object>> facts = (List<Map<String, Object>>) stored.at("memories");
    assertThat(facts).isNotEmpty();
    assertThat(facts)
        .allSatisfy(
            m -> {
              Map<String, Object> source = ((List<Map<String, Object>>) m.get("sources")).get(0);
              assertThat(source.get("conversation_id")).isEqualTo(conversation);
              assertThat((List<String>) source.get("message_ids"))
                  .allMatch(id -> id.matches("t\\d+"));
              assertThat(m.get("agent_id")).isEqualTo("test_agent");
              // the call's own metadata travels with every memory drawn from it
              assertThat((Map<String, Object>) m.get("metadata"))
                  .containsEntry("source", "elevenlabs_post_call")
                  .containsEntry("conversation_id", conversation)
                  .containsEntry("agent_id", "test_agent")
                  .containsEntry("call_time", "2025-02-14T12:45:00Z")
                  .containsEntry("call_duration_secs", 187)
                  .containsEntry("call_status", "done")
                  .containsEntry("call_sid", "CA42")
                  .containsEntry("call_direction", "inbound");
            });
    // other types are acknowledged, an unknown one refused
    Http.Response audio = webhook(app, "post-call", "{\"type\":\"post_call_audio\",\"data\":{}}");
    assertThat(audio.status()).isEqualTo(200);
    Http.Response unknown = webhook(app, "post-call", "{\"type\":\"call_started\",\"data\":{}}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.at("error.field")).isEqualTo("type");
  }

  @Test
  void badSignaturesAreRefusedWith401AndStoreNothing() {
    String caller = unique("sig");
    String body =
        """
        {"type":"post_call_transcription","data":{"conversation_id":"%s","transcript":[{"role":"user","message":"I live in Oslo"}],"conversation_initiation_client_data":{"dynamic_variables":{"system__caller_id":"%s"}}}}"""
            .formatted(unique("c"), caller);
    String path = "/webhooks/elevenlabs/" + app + "/post-call";
    long t = now();
    Map<String, String> cases =
        Map.of(
            "missing", "",
            "tampered", sign(SECRET, t, body.replace("Oslo", "Rome")),
            "wrong secret", sign("another_secret_0123456789", t, body),
            "old", sign(SECRET, t - Duration.ofMinutes(31).toSeconds(), body),
            "future", sign(SECRET, t + Duration.ofMinutes(6).toSeconds(), body),
            "malformed", "v0=abc,t=notanumber",
            "not hex", "t=" + t + ",v0=zz");
    cases.forEach(
        (name, header) -> {
          Http.Response refused =
              header.isEmpty()
                  ? http.post(path, body)
                  : http.post(path, body, "ElevenLabs-Signature", header);
          assertThat(refused.status()).as(name + ": " + refused.body()).isEqualTo(401);
          assertThat(refused.at("error.code")).as(name).isNotNull();
        });
    // a valid signature is accepted once; the same signature again is a replay
    String valid = sign(SECRET, t, body);
    // none of the refused deliveries was taken: the first valid one is accepted, not a duplicate
    Http.Response ok = http.post(path, body, "ElevenLabs-Signature", valid);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.at("status")).isEqualTo("accepted");
    Http.Response replay = http.post(path, body, "ElevenLabs-Signature", valid);
    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.at("error.code")).isEqualTo("replayed_signature");
    // an app without the integration, or an unknown app
    assertThat(webhook(otherApp, "post-call", body).status()).isEqualTo(404);
    assertThat(webhook("app_unknown", "client-data", "{}").status()).isEqualTo(404);
    // invalid JSON, correctly signed
    assertThat(webhook(app, "client-data", "{\"caller_id\": ").status()).isEqualTo(400);
  }
}
