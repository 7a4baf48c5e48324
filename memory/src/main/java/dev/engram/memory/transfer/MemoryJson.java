package dev.engram.memory.transfer;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import dev.engram.memory.Relation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Memories, events and relations as plain JSON-ready maps (snake_case) for the export. */
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

  static Map<String, Object> relation(Relation r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from_id", r.fromId());
    out.put("to_id", r.toId());
    out.put("type", r.type());
    out.put("created_at", r.createdAt().toString());
    return out;
  }

  private static void putIf(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value instanceof Instant i ? i.toString() : value);
    }
  }
}
