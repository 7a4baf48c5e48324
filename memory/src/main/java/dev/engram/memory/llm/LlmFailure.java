package dev.engram.memory.llm;

/**
 * An LLM call that gave nothing usable after its retry; the engines catch it and let the rule
 * engine decide. The message is short, as it goes into the {@code rules (llm fallback: …)} label.
 */
final class LlmFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String outcome;

  LlmFailure(String outcome, String message, Throwable cause) {
    super(message, cause);
    this.outcome = outcome;
  }

  /** The metric outcome: {@code invalid_output}, {@code rate_limited}, {@code server_error}, … */
  String outcome() {
    return outcome;
  }
}
