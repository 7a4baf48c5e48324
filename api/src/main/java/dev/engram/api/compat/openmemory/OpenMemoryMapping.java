package dev.engram.api.compat.openmemory;

import dev.engram.api.compat.openmemory.OpenMemoryBodies.StoreBody;
import dev.engram.api.compat.openmemory.OpenMemoryViews.MemoryView;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Source;
import dev.engram.memory.Vectors;
import dev.engram.memory.write.NewMemory;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenMemory fields onto the engine's: {@code caller_id} is the user, {@code agent_id} the agent;
 * {@code importance} (or {@code metadata.importance}), {@code metadata.category}, {@code
 * metadata.tags} and {@code metadata.conversation_id} (provenance) become the memory's own fields;
 * other metadata is kept as metadata. Reads put them back where OpenMemory clients look for them.
 */
final class OpenMemoryMapping {
  static final String IMPORTANCE = "importance";
  static final String CATEGORY = "category";
  static final String TAGS = "tags";
  static final String CONVERSATION_ID = "conversation_id";
  static final String REINFORCEMENT_COUNT = "reinforcement_count";

  private OpenMemoryMapping() {}

  static String required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw MemoryException.invalid(field, "is required");
    }
    return value;
  }

  /** The memory to store for one {@code POST /api/v1/memories} body; {@code prefix} for a batch. */
  static NewMemory newMemory(String prefix, @Nullable StoreBody body) {
    if (body == null) {
      throw MemoryException.invalid(prefix.isEmpty() ? "body" : strip(prefix), "must not be null");
    }
    String caller = required(prefix + "caller_id", body.callerId());
    String content = required(prefix + "content", body.content());
    Map<String, Object> metadata =
        body.metadata() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(body.metadata());
    Integer fromMetadata = integer(prefix + "metadata.importance", metadata.remove(IMPORTANCE));
    if (body.importance() != null
        && fromMetadata != null
        && !body.importance().equals(fromMetadata)) {
      throw MemoryException.invalid(
          prefix + "importance", "differs from metadata.importance: send one value");
    }
    Integer importance = body.importance() != null ? body.importance() : fromMetadata;
    String category = string(prefix + "metadata.category", metadata.remove(CATEGORY));
    List<String> tags = strings(prefix + "metadata.tags", metadata.remove(TAGS));
    String conversation =
        string(prefix + "metadata.conversation_id", metadata.remove(CONVERSATION_ID));
    metadata.remove(REINFORCEMENT_COUNT);
    return new NewMemory(
        null,
        caller,
        null,
        body.agentId(),
        null,
        null,
        content,
        null,
        category,
        tags,
        importance,
        metadata,
        null,
        null,
        conversation == null ? null : List.of(new Source(conversation, List.of())));
  }

  /** A memory as OpenMemory shows it, with a relevance score when it comes from a search. */
  static MemoryView view(Memory m, @Nullable Double relevance) {
    return new MemoryView(
        m.id(),
        m.agentId(),
        m.userId(),
        m.content(),
        relevance,
        m.importance(),
        metadata(m),
        m.createdAt());
  }

  /** The memory's metadata with its category, tags, conversation and reinforcement count. */
  static Map<String, Object> metadata(Memory m) {
    Map<String, Object> out = new LinkedHashMap<>(m.metadata());
    m.sources().stream()
        .map(Source::conversationId)
        .filter(c -> c != null)
        .findFirst()
        .ifPresent(c -> out.put(CONVERSATION_ID, c));
    if (m.category() != null) {
      out.put(CATEGORY, m.category());
    }
    out.put(TAGS, m.tags());
    out.put(IMPORTANCE, m.importance());
    out.put(REINFORCEMENT_COUNT, m.reinforcementCount());
    return out;
  }

  /** The cosine rounded to three decimals, as OpenMemory clients show it. */
  static double cosine(@Nullable float[] a, @Nullable float[] b) {
    return Math.round(Vectors.cosine(a, b) * 1000) / 1000.0;
  }

  private static String strip(String prefix) {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  private static @Nullable Integer integer(String field, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return (int) n.doubleValue();
    }
    throw MemoryException.invalid(field, "must be an integer between 1 and 10");
  }

  private static @Nullable String string(String field, @Nullable Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw MemoryException.invalid(field, "must be a string");
  }

  private static @Nullable List<String> strings(String field, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> list)) {
      throw MemoryException.invalid(field, "must be a list of strings");
    }
    List<String> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String s)) {
        throw MemoryException.invalid(field + "[" + i + "]", "must be a string");
      }
      out.add(s);
    }
    return out;
  }

  static Instant or(@Nullable Instant value, Instant fallback) {
    return value == null ? fallback : value;
  }
}
