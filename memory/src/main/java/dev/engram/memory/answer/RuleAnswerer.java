package dev.engram.memory.answer;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The answerer of the rule engine: it writes no text. The caller gets the retrieved memories, all
 * of them cited, and a note saying that no LLM is configured.
 */
@Singleton
@Named("rules")
final class RuleAnswerer implements Answerer {
  static final String ENGINE = "rules";
  static final String NOTE = "no LLM is configured: these are the best matching memories";
  static final String NOTHING_FOUND = "no LLM is configured, and no memory matches the query";

  @Override
  public String engine() {
    return ENGINE;
  }

  @Override
  public Answer answer(String query, List<Memory> memories) {
    requireNonNull(query, "query is null");
    requireNonNull(memories, "memories is null");
    return new Answer(
        null,
        memories.stream().map(Memory::id).toList(),
        ENGINE,
        memories.isEmpty() ? NOTHING_FOUND : NOTE);
  }
}
