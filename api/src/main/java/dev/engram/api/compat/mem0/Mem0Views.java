package dev.engram.api.compat.mem0;

import dev.engram.memory.EventType;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryEvent;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Engram's memories in the JSON shapes mem0's platform answers with (snake_case keys; the 3.x
 * client camel-cases them itself): a memory, a search hit, a page, a history entry. mem0's {@code
 * run_id} is Engram's session; {@code categories} are the category and the tags.
 */
final class Mem0Views {
  static final String PENDING_MESSAGE =
      "Memory processing has been queued for background execution";

  private Mem0Views() {}

  static Map<String, Object> memory(Memory m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", m.id());
    out.put("memory", m.content());
    out.put("user_id", m.userId());
    out.put("agent_id", m.agentId());
    out.put("app_id", m.metadata().get("app_id") instanceof String s ? s : null);
    out.put("run_id", m.sessionId());
    out.put("hash", md5(m.content()));
    out.put("metadata", m.metadata().isEmpty() ? null : m.metadata());
    out.put("categories", Mem0Filters.categories(m));
    out.put("immutable", false);
    out.put("created_at", time(m.createdAt()));
    out.put("updated_at", time(m.updatedAt()));
    out.put("expiration_date", m.expiresAt() == null ? null : m.expiresAt().toString());
    return out;
  }

  static Map<String, Object> hit(Memory m, double score) {
    Map<String, Object> out = memory(m);
    out.put("score", Math.round(score * 10_000) / 10_000.0);
    return out;
  }

  /** An add's result entry: {@code {id, memory, event}} (and the rest of the memory). */
  static Map<String, Object> added(Memory m, String event) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", m.id());
    out.put("memory", m.content());
    out.put("event", event);
    out.put("data", Map.of("memory", m.content()));
    out.putAll(memory(m));
    return out;
  }

  /** A queued add, as mem0 answers an asynchronous one. */
  static Map<String, Object> pending(String eventId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("message", PENDING_MESSAGE);
    out.put("status", "PENDING");
    out.put("event_id", eventId);
    return out;
  }

  /** mem0's page: {@code {count, next, previous, results}}; {@code page} is 1-based. */
  static Map<String, Object> page(
      List<Map<String, Object>> all, int page, int size, String path, String query) {
    int from = Math.min(all.size(), (page - 1) * size);
    int to = Math.min(all.size(), from + size);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", all.size());
    out.put("next", to < all.size() ? link(path, query, page + 1, size) : null);
    out.put("previous", page > 1 ? link(path, query, page - 1, size) : null);
    out.put("results", all.subList(from, to));
    return out;
  }

  private static String link(String path, String query, int page, int size) {
    return path
        + "?"
        + (query.isEmpty() ? "" : query + "&")
        + "page="
        + page
        + "&page_size="
        + size;
  }

  /**
   * The memory's history, oldest first, from its event log: each entry's {@code old_memory} and
   * {@code new_memory} are rebuilt from the content changes the updates recorded.
   */
  static List<Map<String, Object>> history(Memory m, List<MemoryEvent> events) {
    List<Map<String, Object>> out = new ArrayList<>();
    String after = m.content();
    for (int i = events.size() - 1; i >= 0; i--) {
      MemoryEvent e = events.get(i);
      String before = after;
      if (e.type() == EventType.UPDATE
          && e.details().get("previous") instanceof Map<?, ?> previous
          && previous.get("content") instanceof String old) {
        before = old;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", e.id());
      entry.put("memory_id", e.memoryId());
      entry.put("input", List.of());
      entry.put("old_memory", e.type() == EventType.ADD ? null : before);
      entry.put("new_memory", e.type() == EventType.DELETE ? null : after);
      entry.put("user_id", e.userId());
      entry.put("categories", Mem0Filters.categories(m));
      entry.put("event", e.type().name().toUpperCase(Locale.ROOT));
      entry.put("reason", e.reason());
      entry.put("created_at", time(e.at()));
      entry.put("updated_at", time(e.at()));
      out.add(0, entry);
      after = before;
    }
    return out;
  }

  static @Nullable String time(@Nullable Instant at) {
    return at == null ? null : at.toString();
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from the JDK", e);
    }
  }
}
