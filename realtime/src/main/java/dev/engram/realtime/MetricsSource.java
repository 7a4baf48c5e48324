package dev.engram.realtime;

import java.util.Map;
import java.util.Optional;

/**
 * The live metrics of {@code GET /v1/stream/metrics}: the analytics module's, handed in by the API.
 */
@FunctionalInterface
public interface MetricsSource {
  /** A snapshot for the app, narrowed to one tool when {@code toolId} is given. */
  Map<String, Object> snapshot(String appId, Optional<String> toolId);
}
