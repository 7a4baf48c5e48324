package dev.engram.sdk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An edit of a memory ({@code PATCH /v1/memories/{id}}): only the fields set are changed. With
 * {@link #expectedVersion} a concurrent edit fails with {@link ConflictException}.
 */
public final class MemoryUpdate {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  public static MemoryUpdate create() {
    return new MemoryUpdate();
  }

  public MemoryUpdate content(String content) {
    return put("content", content);
  }

  public MemoryUpdate context(String context) {
    return put("context", context);
  }

  public MemoryUpdate type(String type) {
    return put("type", type);
  }

  public MemoryUpdate category(String category) {
    return put("category", category);
  }

  public MemoryUpdate tags(List<String> tags) {
    return put("tags", List.copyOf(tags));
  }

  public MemoryUpdate importance(int importance) {
    return put("importance", importance);
  }

  public MemoryUpdate metadata(Map<String, ?> metadata) {
    return put("metadata", new LinkedHashMap<>(metadata));
  }

  public MemoryUpdate validFrom(Instant at) {
    return put("valid_from", at.toString());
  }

  public MemoryUpdate validTo(Instant at) {
    return put("valid_to", at.toString());
  }

  public MemoryUpdate expiresAt(Instant at) {
    return put("expires_at", at.toString());
  }

  public MemoryUpdate expectedVersion(long version) {
    return put("expected_version", version);
  }

  Map<String, Object> toMap() {
    return new LinkedHashMap<>(fields);
  }

  boolean guarded() {
    return fields.containsKey("expected_version");
  }

  private MemoryUpdate put(String name, Object value) {
    fields.put(name, value);
    return this;
  }
}
