package dev.engram.memory.transfer;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Relation;
import dev.engram.memory.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Memories, events and relations as plain JSON-ready maps (snake_case), and back. */
final class MemoryJson {
  private MemoryJson() {}

  static Map<String, Object> memory(Memory m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", m.id());
    out.put("user_id", m.userId());
    putIf(out, "session_id", m.sessionId());
    putIf(out, "agent_id", m.agentId());
    putIf(out, "run_id", m.runId());
    out.put("type", m.type().value());
    out.put("content", m.content());
    putIf(out, "context", m.context());
    putIf(out, "category", m.category());
    out.put("tags", m.tags());
    out.put("importance", m.importance());
    out.put("metadata", m.metadata());
    if (m.embedding() != null) {
      List<Float> vector = new ArrayList<>(m.embedding().length);
      for (float v : m.embedding()) {
        vector.add(v);
      }
      out.put("embedding", vector);
      out.put("embedding_model", m.embeddingModel());
    }
    out.put("status", m.status().value());
    putIf(out, "previous_id", m.previousId());
    putIf(out, "next_id", m.nextId());
    out.put("reinforcement_count", m.reinforcementCount());
    putIf(out, "last_reinforced_at", m.lastReinforcedAt());
    out.put("access_count", m.accessCount());
    putIf(out, "last_accessed_at", m.lastAccessedAt());
    putIf(out, "valid_from", m.validFrom());
    putIf(out, "valid_to", m.validTo());
    putIf(out, "expires_at", m.expiresAt());
    out.put(
        "sources",
        m.sources().stream()
            .map(
                s -> {
                  Map<String, Object> source = new LinkedHashMap<>();
                  putIf(source, "conversation_id", s.conversationId());
                  source.put("message_ids", s.messageIds());
                  return source;
                })
            .toList());
    out.put("created_at", m.createdAt().toString());
    out.put("updated_at", m.updatedAt().toString());
    out.put("version", m.version());
    return out;
  }

  @SuppressWarnings("unchecked")
  static Memory memory(Map<String, Object> in) {
    Memory.Builder b =
        Memory.builder()
            .id(string(in, "id"))
            .userId(string(in, "user_id"))
            .sessionId(optional(in, "session_id"))
            .agentId(optional(in, "agent_id"))
            .runId(optional(in, "run_id"))
            .type(MemoryType.fromValue(string(in, "type")).orElseThrow(() -> bad("type")))
            .content(string(in, "content"))
            .context(optional(in, "context"))
            .category(optional(in, "category"))
            .tags((List<String>) in.getOrDefault("tags", List.of()))
            .importance(((Number) in.getOrDefault("importance", 5)).intValue())
            .metadata((Map<String, Object>) in.getOrDefault("metadata", Map.of()))
            .status(MemoryStatus.fromValue(string(in, "status")).orElseThrow(() -> bad("status")))
            .previousId(optional(in, "previous_id"))
            .nextId(optional(in, "next_id"))
            .reinforcementCount(((Number) in.getOrDefault("reinforcement_count", 0)).intValue())
            .lastReinforcedAt(instant(in, "last_reinforced_at"))
            .accessCount(((Number) in.getOrDefault("access_count", 0)).intValue())
            .lastAccessedAt(instant(in, "last_accessed_at"))
            .validFrom(instant(in, "valid_from"))
            .validTo(instant(in, "valid_to"))
            .expiresAt(instant(in, "expires_at"))
            .createdAt(instant(in, "created_at"))
            .updatedAt(instant(in, "updated_at"))
            .version(((Number) in.getOrDefault("version", 1)).longValue());
    if (in.get("embedding") instanceof List<?> vector) {
      float[] floats = new float[vector.size()];
      for (int i = 0; i < floats.length; i++) {
        floats[i] = ((Number) vector.get(i)).floatValue();
      }
      b.embedding(floats, optional(in, "embedding_model"));
    }
    List<Source> sources = new ArrayList<>();
    for (Map<String, Object> s :
        (List<Map<String, Object>>) in.getOrDefault("sources", List.of())) {
      sources.add(
          new Source(
              optional(s, "conversation_id"),
              (List<String>) s.getOrDefault("message_ids", List.of())));
    }
    return b.sources(sources).build();
  }

  static Map<String, Object> event(MemoryEvent e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", e.id());
    out.put("memory_id", e.memoryId());
    out.put("user_id", e.userId());
    out.put("type", e.type().name());
    out.put("actor", e.actor());
    putIf(out, "reason", e.reason());
    out.put("related_ids", e.relatedIds());
    out.put("details", e.details());
    out.put("at", e.at().toString());
    return out;
  }

  @SuppressWarnings("unchecked")
  static MemoryEvent event(Map<String, Object> in) {
    return new MemoryEvent(
        string(in, "id"),
        string(in, "memory_id"),
        string(in, "user_id"),
        EventType.valueOf(string(in, "type")),
        string(in, "actor"),
        optional(in, "reason"),
        (List<String>) in.getOrDefault("related_ids", List.of()),
        (Map<String, Object>) in.getOrDefault("details", Map.of()),
        instant(in, "at"));
  }

  static Map<String, Object> relation(Relation r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from_id", r.fromId());
    out.put("to_id", r.toId());
    out.put("type", r.type());
    out.put("created_at", r.createdAt().toString());
    return out;
  }

  static Relation relation(Map<String, Object> in) {
    return new Relation(
        string(in, "from_id"), string(in, "to_id"), string(in, "type"), instant(in, "created_at"));
  }

  private static void putIf(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value instanceof Instant i ? i.toString() : value);
    }
  }

  private static String string(Map<String, Object> in, String key) {
    if (!(in.get(key) instanceof String s)) {
      throw bad(key);
    }
    return s;
  }

  private static String optional(Map<String, Object> in, String key) {
    return in.get(key) instanceof String s ? s : null;
  }

  private static Instant instant(Map<String, Object> in, String key) {
    return in.get(key) instanceof String s ? Instant.parse(s) : null;
  }

  private static IllegalArgumentException bad(String key) {
    return new IllegalArgumentException("missing or invalid '" + key + "'");
  }
}
