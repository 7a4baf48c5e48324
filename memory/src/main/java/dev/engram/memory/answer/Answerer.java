package dev.engram.memory.answer;

import dev.engram.memory.Memory;
import java.util.List;

/**
 * Answers a question from a user's memories (seed 001 § Agent Memory SDK). With an LLM the answer
 * cites the memory ids it used; without one there is no text and the note says no LLM is
 * configured.
 */
public interface Answerer {

  /** This engine making its calls for the app (an LLM engine counts them against its quota). */
  default Answerer forApp(String appId) {
    return this;
  }

  /**
   * Answers.
   *
   * @param query the question
   * @param memories the retrieved memories, best first
   */
  Answer answer(String query, List<Memory> memories);

  /** Which engine this is ({@code rules}, {@code llm}). */
  String engine();
}
