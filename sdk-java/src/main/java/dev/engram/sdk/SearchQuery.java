package dev.engram.sdk;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search ({@code POST /v1/memories/search}): hybrid by default, composite scoring. {@code
 * SearchQuery.of("where does Ana sit?").userId("ana").limit(5)}.
 */
public final class SearchQuery {
  private final Map<String, Object> body = new LinkedHashMap<>();
  private final Map<String, Object> filters = new LinkedHashMap<>();

  private SearchQuery(String query) {
    requireNonNull(query, "query is null");
    body.put("query", query);
  }

  public static SearchQuery of(String query) {
    return new SearchQuery(query);
  }

  public SearchQuery userId(String userId) {
    return put(body, "user_id", userId);
  }

  /** Hits to return (default 10). */
  public SearchQuery limit(int limit) {
    return put(body, "limit", limit);
  }

  public SearchQuery similarityThreshold(double threshold) {
    return put(body, "similarity_threshold", threshold);
  }

  public SearchQuery compositeThreshold(double threshold) {
    return put(body, "composite_threshold", threshold);
  }

  /** hybrid (default), vector or keyword. */
  public SearchQuery mode(String mode) {
    return put(body, "mode", mode);
  }

  public SearchQuery exact(boolean exact) {
    return put(body, "exact", exact);
  }

  public SearchQuery sessionId(String sessionId) {
    return put(filters, "session_id", sessionId);
  }

  public SearchQuery agentId(String agentId) {
    return put(filters, "agent_id", agentId);
  }

  public SearchQuery types(String... types) {
    return put(filters, "types", List.of(types));
  }

  public SearchQuery categories(String... categories) {
    return put(filters, "categories", List.of(categories));
  }

  public SearchQuery tags(String... tags) {
    return put(filters, "tags", List.of(tags));
  }

  /** active (default), superseded, deleted, expired. */
  public SearchQuery statuses(String... statuses) {
    return put(filters, "statuses", List.of(statuses));
  }

  public SearchQuery minImportance(int importance) {
    return put(filters, "min_importance", importance);
  }

  /** Any other filter of the API, e.g. {@code filter("metadata", Map.of("plan", "pro"))}. */
  public SearchQuery filter(String name, Object value) {
    return put(filters, name, value);
  }

  Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>(body);
    if (!filters.isEmpty()) {
      out.put("filters", new LinkedHashMap<>(filters));
    }
    return out;
  }

  private SearchQuery put(Map<String, Object> target, String name, Object value) {
    if (value == null) {
      target.remove(name);
    } else {
      target.put(name, value);
    }
    return this;
  }
}
