package dev.engram.memory.ingest;

import java.util.List;

/**
 * Draws candidate facts from a conversation (DESIGN.md § 4, write path 2). Two engines implement
 * it: the rule engine (first-person statements, preferences, plans, identifiers) when no LLM is
 * configured, and an LLM engine (an episodic pass for behaviour and preferences and a summary pass
 * for narrative, run in parallel).
 */
public interface Extractor {

  /** The candidate facts, in the order the conversation gives them; may be empty. */
  List<Fact> extract(Conversation conversation);

  /** This engine making its calls for the app (an LLM engine counts them against its quota). */
  default Extractor forApp(String appId) {
    return this;
  }

  /** Which engine this is, as responses and /health label it ({@code rules}, {@code llm}). */
  String engine();
}
