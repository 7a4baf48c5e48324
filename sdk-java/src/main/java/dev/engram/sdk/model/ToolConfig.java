package dev.engram.sdk.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A tool's configuration and its version: {@code {}} and 0 before the first one is stored.
 *
 * @param updatedAt when the version was stored (empty before the first)
 */
public record ToolConfig(
    String toolId, Map<String, Object> config, int version, Optional<Instant> updatedAt) {
  public ToolConfig {
    config = Norm.map(config);
    updatedAt = Norm.opt(updatedAt);
  }
}
