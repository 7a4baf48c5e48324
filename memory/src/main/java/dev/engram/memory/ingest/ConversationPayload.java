package dev.engram.memory.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON a conversation task keeps: the accepted conversation, and later its facts. */
final class ConversationPayload {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, Object>>> MAPS = new TypeReference<>() {};
  private static final ObjectMapper MAPPER = Json.mapper();

  private ConversationPayload() {}

  static String write(Conversation conversation) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("user_id", conversation.userId());
    out.put("session_id", conversation.sessionId());
    out.put("agent_id", conversation.agentId());
    out.put("messages", MessagesJson.write(conversation.messages()));
    if (!conversation.metadata().isEmpty()) {
      out.put("metadata", conversation.metadata());
    }
    return json(out);
  }

  /** The conversation of a task; its id is the task id. */
  @SuppressWarnings("unchecked")
  static Conversation read(String taskId, String payload) {
    Map<String, Object> in = parse(payload, MAP);
    List<Message> messages = MessagesJson.read((List<Map<String, Object>>) in.get("messages"));
    return new Conversation(
        taskId,
        (String) in.get("user_id"),
        (String) in.get("session_id"),
        (String) in.get("agent_id"),
        messages,
        in.get("metadata") instanceof Map<?, ?> metadata
            ? (Map<String, Object>) metadata
            : Map.of());
  }

  static String writeFacts(List<Fact> facts) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Fact fact : facts) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("content", fact.content());
      f.put("type", fact.type().value());
      f.put("category", fact.category());
      f.put("importance", fact.importance());
      f.put("message_ids", fact.messageIds());
      out.add(f);
    }
    return json(out);
  }

  @SuppressWarnings("unchecked")
  static List<Fact> readFacts(String json) {
    List<Fact> facts = new ArrayList<>();
    for (Map<String, Object> f : parse(json, MAPS)) {
      facts.add(
          new Fact(
              (String) f.get("content"),
              MemoryType.fromValue((String) f.get("type")).orElse(MemoryType.SEMANTIC),
              (String) f.get("category"),
              ((Number) f.get("importance")).intValue(),
              (List<String>) f.get("message_ids")));
    }
    return facts;
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "cannot write task payload: " + e.getOriginalMessage());
    }
  }

  private static <T> T parse(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new MemoryException(
          MemoryErrorCode.STORE_FAILED, "unreadable task payload: " + e.getOriginalMessage());
    }
  }
}
