package dev.engram.sdk;

import static java.util.Objects.requireNonNull;

import dev.engram.sdk.model.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an agent saves on the fast path ({@code POST /v1/agent-memories}): a text or messages,
 * stored as memories without resolution. {@code AgentMemory.text("ana", "Chose the annual
 * plan").category("billing")}.
 */
public final class AgentMemory {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private AgentMemory(String userId, Object messages) {
    requireNonNull(userId, "userId is null");
    requireNonNull(messages, "messages is null");
    fields.put("user_id", userId);
    fields.put("messages", messages);
  }

  public static AgentMemory text(String userId, String text) {
    return new AgentMemory(userId, text);
  }

  public static AgentMemory messages(String userId, List<Message> messages) {
    return new AgentMemory(userId, List.copyOf(messages));
  }

  public AgentMemory sessionId(String v) {
    return put("session_id", v);
  }

  public AgentMemory agentId(String v) {
    return put("agent_id", v);
  }

  public AgentMemory type(String v) {
    return put("type", v);
  }

  public AgentMemory category(String v) {
    return put("category", v);
  }

  public AgentMemory tags(String... v) {
    return put("tags", List.of(v));
  }

  public AgentMemory importance(int v) {
    return put("importance", v);
  }

  public AgentMemory metadata(Map<String, ?> v) {
    return put("metadata", new LinkedHashMap<>(v));
  }

  Map<String, Object> toMap() {
    return new LinkedHashMap<>(fields);
  }

  private AgentMemory put(String name, Object value) {
    fields.put(name, value);
    return this;
  }
}
