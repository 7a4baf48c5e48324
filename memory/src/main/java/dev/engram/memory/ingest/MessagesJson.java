package dev.engram.memory.ingest;

import dev.engram.memory.Message;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages as the JSON that task payloads keep: {@code [{id, role, content, created_at, name}]}.
 */
public final class MessagesJson {
  private MessagesJson() {}

  /** The messages as JSON-ready maps. */
  public static List<Map<String, Object>> write(List<Message> messages) {
    List<Map<String, Object>> out = new ArrayList<>(messages.size());
    for (Message message : messages) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", message.id());
      m.put("role", message.role());
      m.put("content", message.content());
      m.put("created_at", message.createdAt() == null ? null : message.createdAt().toString());
      if (message.name() != null) {
        m.put("name", message.name());
      }
      out.add(m);
    }
    return out;
  }

  /** The messages {@link #write} wrote. */
  public static List<Message> read(List<Map<String, Object>> json) {
    List<Message> out = new ArrayList<>(json.size());
    for (Map<String, Object> m : json) {
      out.add(
          new Message(
              (String) m.get("id"),
              (String) m.get("role"),
              (String) m.get("content"),
              instant((String) m.get("created_at")),
              (String) m.get("name")));
    }
    return out;
  }

  private static @Nullable Instant instant(@Nullable String value) {
    return value == null ? null : Instant.parse(value);
  }
}
