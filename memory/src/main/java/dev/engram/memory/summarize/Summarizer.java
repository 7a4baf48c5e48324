package dev.engram.memory.summarize;

import dev.engram.memory.Message;
import java.util.List;

/**
 * Summarizes a conversation for context-window management (seed 001 § Summarization). Without an
 * LLM the summary is extractive and labelled {@code rules}.
 */
public interface Summarizer {

  /** This engine making its calls for the app (an LLM engine counts them against its quota). */
  default Summarizer forApp(String appId) {
    return this;
  }

  /**
   * Summarizes the messages.
   *
   * @param messages in order, each with an id
   * @param fast true for the quick form (synchronous requests), false for the full structured form
   *     (background requests)
   */
  Summary summarize(List<Message> messages, boolean fast);

  /** Which engine this is ({@code rules}, {@code llm}). */
  String engine();
}
