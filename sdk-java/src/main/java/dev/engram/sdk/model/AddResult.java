package dev.engram.sdk.model;

import java.util.List;

/** What a write did: the resulting memories and one decision per submitted statement. */
public record AddResult(List<String> ids, List<Memory> memories, List<WriteResult> results) {
  public AddResult {
    ids = Norm.list(ids);
    memories = Norm.list(memories);
    results = Norm.list(results);
  }
}
