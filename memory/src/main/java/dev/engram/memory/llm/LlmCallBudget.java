package dev.engram.memory.llm;

/**
 * Counts the LLM calls the engines make for an app, so that the platform can hold each organization
 * to its daily number. The app is carried with the call (the engines are bound to it with {@code
 * forApp}), never taken from the thread: ingestion runs on job threads, extraction passes on
 * threads of their own. Without a budget bean nothing is counted.
 */
public interface LlmCallBudget {
  /**
   * Takes one LLM call of the app, before it is made.
   *
   * @throws RuntimeException to refuse the call; the engine then decides by its rules instead
   */
  void take(String appId);
}
