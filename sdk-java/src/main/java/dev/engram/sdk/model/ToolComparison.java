package dev.engram.sdk.model;

import java.util.Map;

/** Several tools side by side ({@code GET /v1/metrics/compare}): their figures by tool id. */
public record ToolComparison(int hours, Map<String, ToolMetrics> tools) {
  public ToolComparison {
    tools = Norm.map(tools);
  }
}
