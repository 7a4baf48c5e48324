package dev.engram.sdk;

import dev.engram.sdk.model.CurrentMetrics;
import dev.engram.sdk.model.MetricAggregates;
import dev.engram.sdk.model.MetricsHistory;
import dev.engram.sdk.model.ToolComparison;
import dev.engram.sdk.model.ToolConfig;
import dev.engram.sdk.model.ToolMetrics;
import dev.engram.sdk.model.ToolSession;
import java.util.List;
import java.util.Map;

/**
 * The metrics service and tool sessions of seed 000 ({@code /v1/metrics…}, {@code
 * /v1/tool-sessions…}, {@code /v1/tools/{tool_id}/config}): reading needs {@code analytics:read},
 * starting and ending sessions and storing configuration {@code analytics:write} or {@code
 * memories:write}.
 */
public final class Tools {
  private final Transport transport;

  Tools(Transport transport) {
    this.transport = transport;
  }

  /** This hour's activity of the app and its open tool sessions. */
  public CurrentMetrics currentMetrics() {
    return transport.send(ToolCalls.current());
  }

  /**
   * Events per hour and source over the last {@code hours} (null: 24; at most 744), oldest first.
   */
  public MetricsHistory metricsHistory(Integer hours) {
    return transport.send(ToolCalls.history(hours));
  }

  /** Totals over the last {@code hours} (null: 24): events, events per hour, events by kind. */
  public MetricAggregates metricAggregates(Integer hours) {
    return transport.send(ToolCalls.aggregates(hours));
  }

  /**
   * One tool's figures over the last {@code hours} (null: 24); {@code tool_not_found} (404) for a
   * tool the app has no session, configuration or events of.
   */
  public ToolMetrics toolMetrics(String toolId, Integer hours) {
    return transport.send(ToolCalls.toolMetrics(toolId, hours));
  }

  /** Two to ten tools side by side over the last {@code hours} (null: 24), by tool id. */
  public ToolComparison compare(List<String> toolIds, Integer hours) {
    return transport.send(ToolCalls.compare(toolIds, hours));
  }

  /** Starts a session of a tool (an agent or client of the app). */
  public ToolSession startSession(String toolId) {
    return startSession(toolId, null, null);
  }

  /**
   * Starts a session of a tool for a user ({@code userId} and {@code metadata} may be null).
   * Requests carrying {@code X-Engram-Tool: <toolId>} (see {@link EngramBuilder#header}) are
   * attributed to the tool and counted in the session's activity.
   */
  public ToolSession startSession(String toolId, String userId, Map<String, ?> metadata) {
    return transport.send(ToolCalls.start(toolId, userId, metadata));
  }

  /**
   * Ends a session, with what it did; 409 ({@code ConflictException}) when it has already ended.
   */
  public ToolSession endSession(String sessionId) {
    return transport.send(ToolCalls.end(sessionId));
  }

  /** The open sessions of one tool (null: of every tool), newest first. */
  public List<ToolSession> activeSessions(String toolId) {
    return transport.send(ToolCalls.active(toolId));
  }

  /** A session and its activity so far. */
  public ToolSession getSession(String sessionId) {
    return transport.send(ToolCalls.session(sessionId));
  }

  /** A tool's configuration ({@code {}} and version 0 before the first one is stored). */
  public ToolConfig getConfig(String toolId) {
    return transport.send(ToolCalls.config(toolId));
  }

  /**
   * Replaces a tool's configuration (at most 16 KB of JSON); its version goes up by one. The tool
   * must be known to the app (a session or events): 404 {@code tool_not_found} otherwise.
   */
  public ToolConfig setConfig(String toolId, Map<String, ?> config) {
    return transport.send(ToolCalls.putConfig(toolId, config));
  }
}
