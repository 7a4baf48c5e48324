package dev.engram.sdk.model;

import java.util.List;
import java.util.Optional;

/**
 * An answer grounded in the user's memories; {@code answer} is empty without an LLM (see {@code
 * note}).
 */
public record Answer(
    Optional<String> answer,
    String engine,
    Optional<String> note,
    List<String> citedIds,
    List<SearchHit> memories) {
  public Answer {
    answer = Norm.opt(answer);
    note = Norm.opt(note);
    citedIds = Norm.list(citedIds);
    memories = Norm.list(memories);
  }
}
