package dev.engram.memory.answer;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * An answer grounded in memories.
 *
 * @param text the answer, or null when no LLM is configured (the caller then gets the memories and
 *     a note saying so)
 * @param citedIds ids of the memories the answer rests on
 * @param engine {@code llm} or {@code rules}
 * @param note why there is no text, when there is none
 */
public record Answer(
    @Nullable String text, List<String> citedIds, String engine, @Nullable String note) {
  public Answer {
    requireNonNull(engine, "engine is null");
    citedIds = List.copyOf(requireNonNull(citedIds, "citedIds is null"));
  }
}
