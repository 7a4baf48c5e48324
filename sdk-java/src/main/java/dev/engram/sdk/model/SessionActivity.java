package dev.engram.sdk.model;

import java.util.Map;

/**
 * What a tool session's tool did while the session was open: learning events and memory events by
 * change type.
 */
public record SessionActivity(long learningEvents, Map<String, Long> memoryEvents) {
  public SessionActivity {
    memoryEvents = Norm.map(memoryEvents);
  }
}
