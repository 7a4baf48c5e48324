package dev.engram.sdk;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A memory to store ({@code POST /v1/memories}): the content and, optionally, whose it is and how
 * to file it. {@code NewMemory.of("User prefers window seats").userId("ana").importance(7)}.
 */
public final class NewMemory {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private NewMemory(String content) {
    requireNonNull(content, "content is null");
    fields.put("content", content);
  }

  public static NewMemory of(String content) {
    return new NewMemory(content);
  }

  public NewMemory userId(String userId) {
    return put("user_id", userId);
  }

  public NewMemory sessionId(String sessionId) {
    return put("session_id", sessionId);
  }

  public NewMemory agentId(String agentId) {
    return put("agent_id", agentId);
  }

  public NewMemory runId(String runId) {
    return put("run_id", runId);
  }

  /** semantic, episodic, procedural, … */
  public NewMemory type(String type) {
    return put("type", type);
  }

  public NewMemory context(String context) {
    return put("context", context);
  }

  public NewMemory category(String category) {
    return put("category", category);
  }

  public NewMemory tags(String... tags) {
    return put("tags", List.of(tags));
  }

  public NewMemory tags(List<String> tags) {
    return put("tags", List.copyOf(tags));
  }

  /** 1 to 10. */
  public NewMemory importance(int importance) {
    return put("importance", importance);
  }

  public NewMemory metadata(Map<String, ?> metadata) {
    return put("metadata", new LinkedHashMap<>(metadata));
  }

  public NewMemory validFrom(Instant validFrom) {
    return put("valid_from", validFrom.toString());
  }

  public NewMemory expiresAt(Instant expiresAt) {
    return put("expires_at", expiresAt.toString());
  }

  public NewMemory ttlSeconds(long ttlSeconds) {
    return put("ttl_seconds", ttlSeconds);
  }

  /** The memory's JSON fields as the API takes them. */
  public Map<String, Object> toMap() {
    return new LinkedHashMap<>(fields);
  }

  private NewMemory put(String name, Object value) {
    if (value == null) {
      fields.remove(name);
    } else {
      fields.put(name, value);
    }
    return this;
  }
}
