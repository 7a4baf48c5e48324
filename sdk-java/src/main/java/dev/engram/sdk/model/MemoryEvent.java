package dev.engram.sdk.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entry of a memory's event log (added, reinforced, updated, deleted, …). */
public record MemoryEvent(
    String id,
    String memoryId,
    String type,
    String actor,
    Optional<String> reason,
    List<String> relatedIds,
    Map<String, Object> details,
    Optional<Instant> at) {
  public MemoryEvent {
    reason = Norm.opt(reason);
    relatedIds = Norm.list(relatedIds);
    details = Norm.map(details);
    at = Norm.opt(at);
  }
}
