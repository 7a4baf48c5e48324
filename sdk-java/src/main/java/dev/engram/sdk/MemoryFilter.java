package dev.engram.sdk;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which memories to list ({@code GET /v1/memories}): {@code user_id} is required unless the key has
 * the {@code admin} scope. Newest first by default.
 */
public final class MemoryFilter {
  private final Map<String, String> params = new LinkedHashMap<>();

  public static MemoryFilter user(String userId) {
    return new MemoryFilter().put("user_id", userId);
  }

  public static MemoryFilter all() {
    return new MemoryFilter();
  }

  public MemoryFilter sessionId(String v) {
    return put("session_id", v);
  }

  public MemoryFilter agentId(String v) {
    return put("agent_id", v);
  }

  public MemoryFilter runId(String v) {
    return put("run_id", v);
  }

  public MemoryFilter types(String... v) {
    return put("types", String.join(",", v));
  }

  public MemoryFilter categories(String... v) {
    return put("categories", String.join(",", v));
  }

  public MemoryFilter tags(String... v) {
    return put("tags", String.join(",", v));
  }

  public MemoryFilter statuses(String... v) {
    return put("statuses", String.join(",", v));
  }

  public MemoryFilter minImportance(int v) {
    return put("min_importance", Integer.toString(v));
  }

  public MemoryFilter start(Instant v) {
    return put("start", v.toString());
  }

  public MemoryFilter end(Instant v) {
    return put("end", v.toString());
  }

  public MemoryFilter metadata(String key, String value) {
    return put("metadata." + key, value);
  }

  public MemoryFilter limit(int v) {
    return put("limit", Integer.toString(v));
  }

  public MemoryFilter offset(int v) {
    return put("offset", Integer.toString(v));
  }

  public MemoryFilter cursor(String v) {
    return put("cursor", v);
  }

  /** created_at, updated_at or importance. */
  public MemoryFilter sortBy(String v) {
    return put("sort_by", v);
  }

  /** asc or desc. */
  public MemoryFilter order(String v) {
    return put("order", v);
  }

  MemoryFilter copy() {
    MemoryFilter copy = new MemoryFilter();
    copy.params.putAll(params);
    return copy;
  }

  List<Map.Entry<String, String>> toQuery() {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    params.forEach((k, v) -> out.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
    return out;
  }

  private MemoryFilter put(String name, String value) {
    if (value == null) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    return this;
  }
}
