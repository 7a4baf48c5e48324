/*
 * A voice agent with memory: what ElevenLabs' conversational agent calls on Engram during and
 * after a phone call (seed 003's three webhooks), played here by this program in ElevenLabs'
 * place, with Engram's Java SDK for the rest.
 *
 *     call 1: client-data (an unknown caller) -> post-call transcript -> ingestion
 *     call 2: client-data (a returning caller: first message from memory) -> search-memory tool
 *
 * Every webhook is signed as ElevenLabs signs it: header ElevenLabs-Signature: t=<unix
 * seconds>,v0=<hex HMAC-SHA256(secret, "<t>.<body>")>. The app's ElevenLabs integration must be
 * set (PUT /admin/v1/apps/{app_id}/integrations/elevenlabs, docs/compatibility.md) with the same
 * webhook secret.
 *
 * Run it with the JDK's source launcher, the SDK and Jackson on the class path:
 *
 *     ENGRAM_URL=http://localhost:8080 ENGRAM_API_KEY=eng_... ENGRAM_APP_ID=app_... \
 *     ELEVENLABS_WEBHOOK_SECRET=... \
 *       java -cp engram-sdk-java.jar:jackson-databind.jar:jackson-core.jar:jackson-annotations.jar:\
 *     jackson-datatype-jsr310.jar:jackson-datatype-jdk8.jar examples/java/VoiceAgent.java [caller]
 *
 * The key (of the same app) needs the memories:read scope.
 */

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.sdk.Engram;
import dev.engram.sdk.model.SearchHit;
import dev.engram.sdk.model.Task;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class VoiceAgent {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static final List<Map<String, String>> FIRST_CALL =
      List.of(
          turn("agent", "Hello, this is Acme Deliveries. How can I help?"),
          turn("user", "Hi. I live in Porto and my parcel is late."),
          turn("agent", "Sorry about that. I will check the parcel for you."),
          turn("user", "I prefer deliveries in the morning."),
          turn("agent", "Noted: morning deliveries. The parcel arrives tomorrow."),
          turn("user", "Thank you, bye."));

  public static void main(String[] args) throws Exception {
    String base = System.getenv().getOrDefault("ENGRAM_URL", "http://localhost:8080");
    String appId = required("ENGRAM_APP_ID");
    String secret = required("ELEVENLABS_WEBHOOK_SECRET");
    String caller = args.length > 0 ? args[0] : "+3519" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
    String webhooks = base.replaceAll("/$", "") + "/webhooks/elevenlabs/" + appId;

    try (Engram engram = Engram.create()) {
      // call 1: ElevenLabs asks for the caller's data before the agent speaks
      JsonNode first =
          post(webhooks + "/client-data", secret, Map.of("caller_id", caller, "agent_id", "support_agent", "call_sid", "CA" + UUID.randomUUID()));
      System.out.printf(
          "call 1 client-data: returning_caller=%s memory_count=%s%n",
          first.at("/dynamic_variables/returning_caller").asBoolean(),
          first.at("/dynamic_variables/memory_count").asLong());

      // after the call, ElevenLabs delivers the transcript; Engram queues it for ingestion
      String conversation = "conv_" + UUID.randomUUID();
      Map<String, Object> transcript =
          Map.of(
              "type", "post_call_transcription",
              "event_timestamp", Instant.now().getEpochSecond(),
              "data",
                  Map.of(
                      "conversation_id", conversation,
                      "agent_id", "support_agent",
                      "transcript", FIRST_CALL,
                      "conversation_initiation_client_data",
                          Map.of("dynamic_variables", Map.of("system__caller_id", caller))));
      JsonNode accepted = post(webhooks + "/post-call", secret, transcript);
      System.out.printf(
          "post-call: %s, %d ingestion task(s)%n",
          accepted.path("status").asText(), accepted.path("task_ids").size());
      for (JsonNode taskId : accepted.path("task_ids")) {
        Task task = engram.waitFor(taskId.asText(), Duration.ofMinutes(2));
        System.out.printf(
            "ingestion: task %s %s, %d memories added%n",
            task.id(), task.status(), task.counts().added());
      }
      // ElevenLabs may deliver a webhook twice: the same conversation is ingested once. A
      // redelivery is signed anew at its own time; a signature seen before is refused as a replay,
      // so this one is sent in the next second
      Thread.sleep(1_000 - System.currentTimeMillis() % 1_000);
      System.out.printf(
          "post-call again: %s%n", post(webhooks + "/post-call", secret, transcript).path("status").asText());

      // call 2: the caller is known; the first message comes from what Engram remembers
      JsonNode second =
          post(webhooks + "/client-data", secret, Map.of("caller_id", caller, "agent_id", "support_agent"));
      System.out.printf(
          "call 2 client-data: returning_caller=%s memory_count=%s source=%s%n",
          second.at("/dynamic_variables/returning_caller").asBoolean(),
          second.at("/dynamic_variables/memory_count").asLong(),
          second.at("/dynamic_variables/first_message_source").asText());
      System.out.println(
          "first message: " + second.at("/conversation_config_override/agent/first_message").asText());

      // during call 2 the agent's search_memory tool asks what it needs
      JsonNode found =
          post(webhooks + "/search-memory", secret, Map.of("query", "When does the caller want deliveries?", "caller_id", caller, "agent_id", "support_agent"));
      for (JsonNode hit : found.path("results")) {
        System.out.printf(
            "search-memory: %.2f %s%n", hit.path("relevance").asDouble(), hit.path("memory").asText());
      }

      // the same memories through the native API: the caller id is the user id
      for (SearchHit hit : engram.search("where does the caller live?", caller)) {
        System.out.printf("sdk search: %.2f %s%n", hit.compositeScore(), hit.memory().content());
      }
    }
    System.out.println("done");
  }

  /** POSTs a JSON body signed as ElevenLabs signs its webhooks; the answer's JSON. */
  static JsonNode post(String url, String secret, Object body) throws Exception {
    byte[] bytes = JSON.writeValueAsBytes(body);
    long t = Instant.now().getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
    String signature = HexFormat.of().formatHex(mac.doFinal(bytes));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("ElevenLabs-Signature", "t=" + t + ",v0=" + signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  static Map<String, String> turn(String role, String message) {
    return Map.of("role", role, "message", message);
  }

  static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }
}
