package dev.engram.api.compat.elevenlabs;

import dev.engram.api.compat.CompatException;
import dev.engram.api.input.StrictJson;
import dev.engram.api.openapi.ElevenLabsWebhookOperations;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.Source;
import dev.engram.memory.answer.FirstMessages;
import dev.engram.memory.ingest.ConversationIngestion;
import dev.engram.memory.ingest.NewConversation;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.SearchHit;
import dev.engram.memory.search.SearchRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * ElevenLabs voice-agent webhooks (seed 003 "ElevenLabs Webhook Setup", issue #10 § 3), served by
 * Engram for one app each: the URL names the app, the signature ({@link WebhookSignature}, the
 * app's secret) authenticates. Bodies are read leniently (ElevenLabs adds fields over time); the
 * caller is the memories' user, the agent their agent.
 */
@ElevenLabsWebhookOperations
@Controller("/webhooks/elevenlabs/{appId}")
@Tag(name = "Compatibility: ElevenLabs")
@Secured(SecurityRule.IS_ANONYMOUS)
final class ElevenLabsWebhookController {
  static final int TOP_MEMORIES = 3;
  static final int SEARCH_LIMIT = 5;
  static final double RELEVANT = 0.3;

  /** Hits of the one search the agent's and all agents' results are taken from. */
  static final int CANDIDATES = 25;

  static final Set<String> POST_CALL_TYPES =
      Set.of("post_call_transcription", "post_call_audio", "call_initiation_failure");

  private final ElevenLabsStore store;
  private final FirstMessages firstMessages;
  private final WebhookSignature signatures;
  private final JsonMapper json;
  private final MemoryReader reader;
  private final MemorySearch search;
  private final ConversationIngestion ingestion;
  private final Clock clock;

  ElevenLabsWebhookController(
      ElevenLabsStore store,
      WebhookSignature signatures,
      JsonMapper json,
      MemoryReader reader,
      MemorySearch search,
      ConversationIngestion ingestion,
      FirstMessages firstMessages,
      Clock clock) {
    this.firstMessages = firstMessages;
    this.store = store;
    this.signatures = signatures;
    this.json = json;
    this.reader = reader;
    this.search = search;
    this.ingestion = ingestion;
    this.clock = clock;
  }

  /**
   * Conversation initiation: the caller's summary as dynamic variables and, when Engram knows the
   * caller, a first message: written by the LLM from their top memories when one is configured
   * ({@code dynamic_variables.first_message_source = "llm"}), otherwise (or when it fails) the
   * app's template filled with them ({@code "template"}, or {@code "template (llm fallback: …)"}).
   */
  @Operation(operationId = "elevenLabsClientData")
  @Post("/client-data")
  @ApiResponse(
      responseCode = "200",
      description = "The caller's dynamic variables and first message",
      content = @Content(schema = @Schema(implementation = ElevenLabsSchemas.ClientData.class)))
  Map<String, Object> clientData(
      String appId,
      @Nullable @Header(WebhookSignature.HEADER) String signature,
      @Body byte[] body) {
    ElevenLabsSettings settings = settings(appId);
    signatures.verify(appId, settings.webhookSecret(), signature, body);
    Map<String, Object> request = read(body);
    String caller = caller(request);
    String agent = or(string(request, "agent_id"), settings.defaultAgentId());
    MemoryFilter.Page page =
        reader.list(
            appId,
            MemoryFilter.user(caller),
            new MemoryFilter.Sort(MemoryFilter.SortKey.IMPORTANCE, true),
            TOP_MEMORIES,
            0);
    List<Memory> top = page.memories();
    long count = page.total();
    String summary = String.join("; ", top.stream().map(Memory::content).toList());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("caller_id", caller);
    if (agent != null) {
      variables.put("agent_id", agent);
    }
    variables.put("returning_caller", count > 0);
    variables.put("memory_count", count);
    variables.put("caller_summary", summary);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "conversation_initiation_client_data");
    out.put("dynamic_variables", variables);
    if (!top.isEmpty()) {
      FirstMessages.FirstMessage written =
          firstMessages.forApp(appId).write(caller, top, settings.template());
      String first =
          written.text() != null
              ? written.text()
              : settings
                  .template()
                  .replace("{{caller_id}}", caller)
                  .replace("{{top_memory}}", top.get(0).content())
                  .replace("{{caller_summary}}", summary)
                  .replace("{{memory_count}}", Long.toString(count));
      variables.put("first_message_source", written.source());
      out.put("conversation_config_override", Map.of("agent", Map.of("first_message", first)));
    }
    return out;
  }

  /**
   * The {@code search_memory} server tool: the agent's memories of the caller first; all agents of
   * the app when {@code search_all_agents} is true or nothing relevant is found. One search of the
   * caller's memories (the best 25, relevance at least 0.3) serves both. Only the memories answered
   * (at most 5) are counted as accessed, not the 25 the answer is chosen from.
   */
  @Operation(operationId = "elevenLabsSearchMemory")
  @Post("/search-memory")
  @ApiResponse(
      responseCode = "200",
      description = "The matching memories and a summary",
      content = @Content(schema = @Schema(implementation = ElevenLabsSchemas.SearchResult.class)))
  Map<String, Object> searchMemory(
      String appId,
      @Nullable @Header(WebhookSignature.HEADER) String signature,
      @Body byte[] body) {
    ElevenLabsSettings settings = settings(appId);
    signatures.verify(appId, settings.webhookSecret(), signature, body);
    Map<String, Object> request = read(body);
    String query = string(request, "query");
    if (query == null || query.isBlank()) {
      throw CompatException.invalid("query", "is required");
    }
    String caller = caller(request);
    String agent = or(string(request, "agent_id"), settings.defaultAgentId());
    Object all = request.get("search_all_agents");
    if (all != null && !(all instanceof Boolean)) {
      throw CompatException.invalid("search_all_agents", "must be true or false");
    }
    // one search over every agent of the caller (one query embedding), then the agent's own
    // relevant memories first when there are any
    List<SearchHit> relevant = relevant(appId, query, caller);
    List<SearchHit> hits = List.of();
    List<String> searched = List.of("*");
    if (agent != null && !Boolean.TRUE.equals(all)) {
      hits =
          relevant.stream()
              .filter(h -> agent.equals(h.memory().agentId()))
              .limit(SEARCH_LIMIT)
              .toList();
      if (!hits.isEmpty()) {
        searched = List.of(agent);
      }
    }
    if (hits.isEmpty()) {
      hits = relevant.stream().limit(SEARCH_LIMIT).toList();
    }
    // only what the agent is given counts as accessed (the search itself counted nothing)
    search.countAccess(appId, hits);
    List<Map<String, Object>> results = new ArrayList<>();
    for (SearchHit hit : hits) {
      Memory m = hit.memory();
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("memory", m.content());
      r.put("relevance", Math.round(hit.relevance() * 1000) / 1000.0);
      r.put("timestamp", m.createdAt().toString());
      r.put(
          "conversation_id",
          m.sources().stream()
              .map(Source::conversationId)
              .filter(c -> c != null)
              .findFirst()
              .orElse(null));
      r.put("agent_id", m.agentId());
      results.add(r);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("results", results);
    out.put(
        "summary",
        results.isEmpty()
            ? "No relevant memories of this caller were found."
            : "Found "
                + results.size()
                + " relevant memories: "
                + String.join("; ", hits.stream().map(h -> h.memory().content()).toList()));
    out.put("searched_agents", searched);
    return out;
  }

  /**
   * Post-call: a transcript is queued for conversation ingestion (one task per chunk of at most
   * {@code engram.ingest.max-messages} turns; provenance = conversation id + turn index) and
   * answered at once; the same conversation delivered twice is ingested once. Audio and initiation
   * failures are acknowledged and stored nowhere.
   */
  @Operation(operationId = "elevenLabsPostCall")
  @Post("/post-call")
  @ApiResponse(
      responseCode = "200",
      description = "The transcript accepted for ingestion, a duplicate, or ignored",
      content = @Content(schema = @Schema(implementation = ElevenLabsSchemas.PostCall.class)))
  Map<String, Object> postCall(
      String appId,
      @Nullable @Header(WebhookSignature.HEADER) String signature,
      @Body byte[] body) {
    ElevenLabsSettings settings = settings(appId);
    signatures.verify(appId, settings.webhookSecret(), signature, body);
    Map<String, Object> request = read(body);
    String type = string(request, "type");
    if (type == null || !POST_CALL_TYPES.contains(type)) {
      throw CompatException.invalid(
          "type", "must be post_call_transcription, post_call_audio or call_initiation_failure");
    }
    Map<String, Object> data = map(request.get("data"));
    if (!type.equals("post_call_transcription")) {
      return Map.of("status", "ignored", "type", type);
    }
    String conversation = string(data, "conversation_id");
    if (conversation == null || conversation.isBlank()) {
      throw CompatException.invalid("data.conversation_id", "is required");
    }
    String caller =
        string(
            map(map(data.get("conversation_initiation_client_data")).get("dynamic_variables")),
            "system__caller_id");
    if (caller == null) {
      Map<String, Object> phone = map(map(data.get("metadata")).get("phone_call"));
      caller = or(string(phone, "external_number"), string(phone, "caller_id"));
    }
    if (caller == null) {
      caller = string(map(data.get("dynamic_variables")), "system__caller_id");
    }
    if (caller == null) {
      throw CompatException.invalid(
          "data.conversation_initiation_client_data.dynamic_variables.system__caller_id",
          "is required (or data.metadata.phone_call)");
    }
    String agent = or(string(data, "agent_id"), settings.defaultAgentId());
    List<NewConversation.Turn> turns = turns(data.get("transcript"));
    if (turns.isEmpty()) {
      throw CompatException.invalid("data.transcript", "must hold at least one message");
    }
    if (!store.accept(appId, conversation, clock.instant())) {
      return Map.of("status", "duplicate", "conversation_id", conversation);
    }
    List<String> tasks = new ArrayList<>();
    try {
      int size = Math.max(1, ingestion.configuration().maxMessages());
      for (int from = 0; from < turns.size(); from += size) {
        List<NewConversation.Turn> chunk = turns.subList(from, Math.min(turns.size(), from + size));
        tasks.add(
            ingestion
                .accept(
                    appId,
                    new NewConversation(
                        caller, conversation, agent, chunk, true, callMetadata(request, agent)))
                .id());
      }
    } catch (RuntimeException e) {
      if (tasks.isEmpty()) {
        store.forget(appId, conversation);
      }
      throw e;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "accepted");
    out.put("conversation_id", conversation);
    out.put("task_ids", tasks);
    return out;
  }

  /**
   * What the call's memories carry as metadata: where they came from ({@code source}), the
   * conversation and agent, when the call started ({@code call_time}, ISO-8601 UTC, from {@code
   * data.metadata.start_time_unix_secs}, else the event's time), its length, status and the phone
   * call's sid and direction where ElevenLabs sends them. Absent values are left out.
   */
  static Map<String, Object> callMetadata(Map<String, Object> request, @Nullable String agent) {
    Map<String, Object> data = map(request.get("data"));
    Map<String, Object> call = map(data.get("metadata"));
    Map<String, Object> phone = map(call.get("phone_call"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", "elevenlabs_post_call");
    out.put("conversation_id", string(data, "conversation_id"));
    out.put("agent_id", agent);
    Long started = seconds(call.get("start_time_unix_secs"));
    if (started == null) {
      started = seconds(request.get("event_timestamp"));
    }
    if (started != null) {
      out.put("call_time", Instant.ofEpochSecond(started).toString());
    }
    Long duration = seconds(call.get("call_duration_secs"));
    out.put("call_duration_secs", duration != null ? duration : seconds(data.get("duration")));
    out.put("call_status", string(data, "status"));
    out.put("call_sid", string(phone, "call_sid"));
    out.put("call_direction", string(phone, "direction"));
    out.values().removeIf(Objects::isNull);
    return out;
  }

  /** A whole number of seconds sent as a JSON number; null for anything else. */
  private static @Nullable Long seconds(@Nullable Object value) {
    if (value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() < 1e11) {
      return n.longValue();
    }
    return null;
  }

  private List<SearchHit> relevant(String appId, String query, String caller) {
    return search
        .searchWithoutCounting(
            appId, SearchRequest.of(query, MemoryFilter.user(caller), CANDIDATES))
        .hits()
        .stream()
        .filter(h -> h.relevance() >= RELEVANT)
        .toList();
  }

  /** Transcript turns with text; the index in the transcript is the message id (provenance). */
  private static List<NewConversation.Turn> turns(Object transcript) {
    if (!(transcript instanceof List<?> list)) {
      throw CompatException.invalid("data.transcript", "must be a list of {role, message}");
    }
    List<NewConversation.Turn> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Map<String, Object> turn = map(list.get(i));
      String message = string(turn, "message");
      if (message == null || message.isBlank()) {
        continue; // tool calls and silences carry no text
      }
      String role = "agent".equals(turn.get("role")) ? "assistant" : "user";
      out.add(new NewConversation.Turn("t" + i, role, message, null));
    }
    return out;
  }

  /**
   * The caller: {@code caller_id}, else ElevenLabs' {@code dynamic_variables.system__caller_id}.
   */
  private static String caller(Map<String, Object> request) {
    String caller = string(request, "caller_id");
    if (caller == null) {
      caller = string(map(request.get("dynamic_variables")), "system__caller_id");
    }
    if (caller == null) {
      throw CompatException.invalid(
          "caller_id", "is required (or dynamic_variables.system__caller_id)");
    }
    return caller;
  }

  private ElevenLabsSettings settings(String appId) {
    return store
        .find(appId)
        .orElseThrow(
            () ->
                new CompatException(
                    404,
                    "integration_not_found",
                    "no ElevenLabs integration for app " + appId,
                    "app_id"));
  }

  private Map<String, Object> read(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    StrictJson.check(text);
    try {
      Object value = json.readValue(body, Argument.OBJECT_ARGUMENT);
      if (!(value instanceof Map<?, ?>)) {
        throw CompatException.invalid("body", "must be a JSON object");
      }
      return map(value);
    } catch (IOException e) {
      throw new CompatException(400, "invalid_json", "the body is not valid JSON", null);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static @Nullable String string(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value instanceof String s && !s.isBlank() ? s : null;
  }

  private static @Nullable String or(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }
}
