package dev.engram.sdk;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.engram.sdk.model.AddResult;
import dev.engram.sdk.model.AgentMemories;
import dev.engram.sdk.model.Answer;
import dev.engram.sdk.model.Buffered;
import dev.engram.sdk.model.Entities;
import dev.engram.sdk.model.EntityMemories;
import dev.engram.sdk.model.EvolutionChain;
import dev.engram.sdk.model.EvolutionReport;
import dev.engram.sdk.model.Memory;
import dev.engram.sdk.model.MemoryEvent;
import dev.engram.sdk.model.MemoryPage;
import dev.engram.sdk.model.Message;
import dev.engram.sdk.model.Queued;
import dev.engram.sdk.model.Related;
import dev.engram.sdk.model.Relation;
import dev.engram.sdk.model.SearchResult;
import dev.engram.sdk.model.Summary;
import dev.engram.sdk.model.SummaryAccepted;
import dev.engram.sdk.model.SummaryResult;
import dev.engram.sdk.model.Task;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The memory API's calls, built once and sent by the sync and the async client. */
final class Calls {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private Calls() {}

  static <T> ApiCall<T> get(String path, ApiCall.Reader<T> reader) {
    return new ApiCall<>("GET", path, List.of(), null, Map.of(), true, reader);
  }

  static <T> ApiCall<T> get(
      String path, List<Map.Entry<String, String>> query, ApiCall.Reader<T> reader) {
    return new ApiCall<>("GET", path, query, null, Map.of(), true, reader);
  }

  static <T> ApiCall<T> post(String path, Object body, boolean safe, ApiCall.Reader<T> reader) {
    return new ApiCall<>("POST", path, List.of(), Json.bytes(body), Map.of(), safe, reader);
  }

  /** A write the server deduplicates by its key: safe to repeat with the same key. */
  static <T> ApiCall<T> idempotentPost(String path, Object body, ApiCall.Reader<T> reader) {
    return new ApiCall<>(
        "POST",
        path,
        List.of(),
        Json.bytes(body),
        Map.of(IDEMPOTENCY_KEY, UUID.randomUUID().toString()),
        true,
        reader);
  }

  static String seg(String value) {
    requireNonNull(value, "an id is null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an id must not be empty");
    }
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static Map.Entry<String, String> param(String name, Object value) {
    return new AbstractMap.SimpleImmutableEntry<>(name, String.valueOf(value));
  }

  // ---------------------------------------------------------------- memories

  static ApiCall<AddResult> createMemory(NewMemory memory, boolean resolve) {
    Map<String, Object> body = memory.toMap();
    if (!resolve) {
      body.put("resolve", false);
    }
    return idempotentPost("/v1/memories", body, Readers.json(AddResult.class));
  }

  static ApiCall<AddResult> createMemories(String userId, List<NewMemory> memories) {
    if (memories.isEmpty() || memories.size() > 1000) {
      throw new IllegalArgumentException("a batch holds 1 to 1,000 memories: " + memories.size());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (userId != null) {
      body.put("user_id", userId);
    }
    body.put("memories", memories.stream().map(NewMemory::toMap).toList());
    return idempotentPost("/v1/memories", body, Readers.json(AddResult.class));
  }

  static ApiCall<MemoryPage> listMemories(MemoryFilter filter) {
    return get("/v1/memories", filter.toQuery(), Readers.json(MemoryPage.class));
  }

  static ApiCall<Memory> getMemory(String id) {
    return get("/v1/memories/" + seg(id), Readers.json(Memory.class));
  }

  static ApiCall<Memory> updateMemory(String id, MemoryUpdate update) {
    // an edit with expected_version is safe to repeat: a second attempt fails with 409
    return new ApiCall<>(
        "PATCH",
        "/v1/memories/" + seg(id),
        List.of(),
        Json.bytes(update.toMap()),
        Map.of(),
        update.guarded(),
        Readers.json(Memory.class));
  }

  static ApiCall<Memory> deleteMemory(String id, String reason) {
    List<Map.Entry<String, String>> query =
        reason == null ? List.of() : List.of(param("reason", reason));
    return new ApiCall<>(
        "DELETE",
        "/v1/memories/" + seg(id),
        query,
        null,
        Map.of(),
        true,
        Readers.json(Memory.class));
  }

  static ApiCall<Integer> eraseUser(String userId) {
    requireNonNull(userId, "userId is null");
    return new ApiCall<>(
        "DELETE",
        "/v1/memories",
        List.of(param("user_id", userId)),
        null,
        Map.of(),
        true,
        r -> Json.tree(r.body()).path("deleted").asInt());
  }

  static ApiCall<List<MemoryEvent>> memoryEvents(String id) {
    return get(
        "/v1/memories/" + seg(id) + "/events",
        Readers.json(new TypeReference<List<MemoryEvent>>() {}));
  }

  static ApiCall<Relation> relate(String id, String targetId, String type) {
    return post(
        "/v1/memories/" + seg(id) + "/relations",
        Map.of("target_id", targetId, "type", type),
        false,
        Readers.json(Relation.class));
  }

  static ApiCall<List<Related>> related(String id) {
    return get(
        "/v1/memories/" + seg(id) + "/related",
        Readers.json(new TypeReference<List<Related>>() {}));
  }

  // ---------------------------------------------------------------- entities

  static ApiCall<Entities> entities(String userId, String kind, Integer limit) {
    List<Map.Entry<String, String>> query = new ArrayList<>();
    if (kind != null) {
      query.add(param("kind", kind));
    }
    if (limit != null) {
      query.add(param("limit", limit));
    }
    return get("/v1/users/" + seg(userId) + "/entities", query, Readers.json(Entities.class));
  }

  static ApiCall<EntityMemories> entityMemories(String userId, String entity, Integer limit) {
    List<Map.Entry<String, String>> query =
        limit == null ? List.of() : List.of(param("limit", limit));
    return get(
        "/v1/users/" + seg(userId) + "/entities/" + seg(entity) + "/memories",
        query,
        Readers.json(EntityMemories.class));
  }

  // ---------------------------------------------------------------- search and answers

  static ApiCall<SearchResult> search(SearchQuery query) {
    return post("/v1/memories/search", query.toMap(), true, Readers.json(SearchResult.class));
  }

  static ApiCall<Answer> answer(
      String query, String userId, String sessionId, Integer n, Double threshold) {
    requireNonNull(query, "query is null");
    requireNonNull(userId, "userId is null: an answer draws on one user's memories");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    body.put("user_id", userId);
    putIf(body, "session_id", sessionId);
    putIf(body, "n", n);
    putIf(body, "threshold", threshold);
    return post("/v1/answers", body, true, Readers.json(Answer.class));
  }

  // ---------------------------------------------------------------- ingestion

  static ApiCall<AgentMemories> addAgentMemory(AgentMemory memory) {
    return idempotentPost("/v1/agent-memories", memory.toMap(), Readers.json(AgentMemories.class));
  }

  static ApiCall<Queued> addConversation(
      String userId, List<Message> messages, String sessionId, String agentId, boolean partial) {
    requireNonNull(userId, "userId is null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user_id", userId);
    putIf(body, "session_id", sessionId);
    putIf(body, "agent_id", agentId);
    body.put("messages", List.copyOf(messages));
    if (partial) {
      body.put("partial", true);
    }
    return idempotentPost("/v1/conversations", body, Readers.json(Queued.class));
  }

  static ApiCall<Task> getTask(String taskId) {
    return get("/v1/tasks/" + seg(taskId), Readers.json(Task.class));
  }

  static ApiCall<Buffered> sessionMessages(
      String sessionId, String userId, List<Message> messages) {
    requireNonNull(userId, "userId is null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user_id", userId);
    if (messages.size() == 1) {
      Message m = messages.get(0);
      body.put("role", m.role());
      body.put("content", m.content());
      putIf(body, "id", m.id());
    } else {
      body.put("messages", List.copyOf(messages));
    }
    // without message ids a retried append could buffer twice: not repeated after a timeout
    return post(
        "/v1/sessions/" + seg(sessionId) + "/messages", body, false, Readers.json(Buffered.class));
  }

  static ApiCall<SummaryResult> summarize(
      String userId,
      Object messages,
      String sessionId,
      String callbackUrl,
      Map<String, String> callbackHeaders) {
    requireNonNull(userId, "userId is null");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("user_id", userId);
    putIf(body, "session_id", sessionId);
    body.put("messages", messages);
    putIf(body, "callback_url", callbackUrl);
    putIf(body, "callback_headers", callbackHeaders);
    return post(
        "/v1/summaries",
        body,
        callbackUrl == null,
        r -> {
          JsonNode tree = Json.tree(r.body());
          return r.status() == 202 || tree.has("task_id")
              ? Json.mapper().convertValue(tree, SummaryAccepted.class)
              : Json.mapper().convertValue(tree, Summary.class);
        });
  }

  // ---------------------------------------------------------------- evolution

  static ApiCall<EvolutionChain> chain(String id) {
    return get("/v1/memories/" + seg(id) + "/chain", Readers.json(EvolutionChain.class));
  }

  static ApiCall<String> graph(String id, String format) {
    return get(
        "/v1/memories/" + seg(id) + "/graph", List.of(param("format", format)), Readers.text());
  }

  static ApiCall<String> report(String id, String format) {
    return get(
        "/v1/memories/" + seg(id) + "/report", List.of(param("format", format)), Readers.text());
  }

  static ApiCall<EvolutionReport> reportJson(String id) {
    return get(
        "/v1/memories/" + seg(id) + "/report",
        List.of(param("format", "json")),
        Readers.json(EvolutionReport.class));
  }

  static void putIf(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
