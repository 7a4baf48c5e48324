package dev.engram.memory.testing;

import dev.engram.memory.Memory;
import dev.engram.memory.answer.Answer;
import dev.engram.memory.answer.Answerer;
import java.util.List;

/** A stand-in for the rule answerer: no text, the memories' ids, a note that no LLM answered. */
public final class FixedAnswerer implements Answerer {
  public static final String NOTE = "no LLM is configured: these are the best memories";

  @Override
  public Answer answer(String query, List<Memory> memories) {
    return new Answer(null, memories.stream().map(Memory::id).toList(), "rules", NOTE);
  }

  @Override
  public String engine() {
    return "rules";
  }
}
