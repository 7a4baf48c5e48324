package dev.engram.sdk.model;

import java.util.List;
import java.util.Map;

/** The JSON evolution report: current memory, counts, versions and timeline. */
public record EvolutionReport(
    String memoryId,
    Memory current,
    Map<String, Integer> counts,
    List<ChainVersion> versions,
    List<Map<String, Object>> timeline,
    boolean truncated) {
  public EvolutionReport {
    counts = Norm.map(counts);
    versions = Norm.list(versions);
    timeline = Norm.list(timeline);
  }
}
