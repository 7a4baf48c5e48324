package dev.engram.sdk;

import static dev.engram.sdk.Calls.get;
import static dev.engram.sdk.Calls.param;
import static dev.engram.sdk.Calls.seg;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.engram.sdk.model.CurrentMetrics;
import dev.engram.sdk.model.MetricAggregates;
import dev.engram.sdk.model.MetricsHistory;
import dev.engram.sdk.model.ToolComparison;
import dev.engram.sdk.model.ToolConfig;
import dev.engram.sdk.model.ToolMetrics;
import dev.engram.sdk.model.ToolSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metrics and tool-session calls, shared by {@link Tools} and {@link ToolsAsync}. */
final class ToolCalls {
  private ToolCalls() {}

  /** The active sessions' envelope. */
  record Active(List<ToolSession> sessions) {}

  static ApiCall<CurrentMetrics> current() {
    return get("/v1/metrics/current", Readers.json(CurrentMetrics.class));
  }

  static ApiCall<MetricsHistory> history(Integer hours) {
    return get("/v1/metrics/history", hours(hours), Readers.json(MetricsHistory.class));
  }

  static ApiCall<MetricAggregates> aggregates(Integer hours) {
    return get("/v1/metrics/aggregates", hours(hours), Readers.json(MetricAggregates.class));
  }

  static ApiCall<ToolMetrics> toolMetrics(String toolId, Integer hours) {
    return get("/v1/metrics/tool/" + seg(toolId), hours(hours), Readers.json(ToolMetrics.class));
  }

  static ApiCall<ToolComparison> compare(List<String> toolIds, Integer hours) {
    requireNonNull(toolIds, "toolIds is null");
    List<Map.Entry<String, String>> query = new ArrayList<>();
    for (String id : toolIds) {
      query.add(param("tool_ids", requireNonNull(id, "a tool id is null")));
    }
    query.addAll(hours(hours));
    return get("/v1/metrics/compare", query, Readers.json(ToolComparison.class));
  }

  static ApiCall<ToolSession> start(String toolId, String userId, Map<String, ?> metadata) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tool_id", requireNonNull(toolId, "toolId is null"));
    Calls.putIf(body, "user_id", userId);
    Calls.putIf(body, "metadata", metadata);
    return Calls.post("/v1/tool-sessions/start", body, false, Readers.json(ToolSession.class));
  }

  static ApiCall<ToolSession> end(String sessionId) {
    return new ApiCall<>(
        "POST",
        "/v1/tool-sessions/" + seg(sessionId) + "/end",
        List.of(),
        null,
        Map.of(),
        false,
        Readers.json(ToolSession.class));
  }

  static ApiCall<List<ToolSession>> active(String toolId) {
    List<Map.Entry<String, String>> query =
        toolId == null ? List.of() : List.of(param("tool_id", toolId));
    ApiCall.Reader<Active> envelope = Readers.json(new TypeReference<Active>() {});
    return get("/v1/tool-sessions/active", query, r -> envelope.read(r).sessions());
  }

  static ApiCall<ToolSession> session(String sessionId) {
    return get("/v1/tool-sessions/" + seg(sessionId), Readers.json(ToolSession.class));
  }

  static ApiCall<ToolConfig> config(String toolId) {
    return get("/v1/tools/" + seg(toolId) + "/config", Readers.json(ToolConfig.class));
  }

  static ApiCall<ToolConfig> putConfig(String toolId, Map<String, ?> config) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("config", requireNonNull(config, "config is null"));
    return new ApiCall<>(
        "PUT",
        "/v1/tools/" + seg(toolId) + "/config",
        List.of(),
        Json.bytes(body),
        Map.of(),
        false,
        Readers.json(ToolConfig.class));
  }

  private static List<Map.Entry<String, String>> hours(Integer hours) {
    return hours == null ? List.of() : List.of(param("hours", hours));
  }
}
