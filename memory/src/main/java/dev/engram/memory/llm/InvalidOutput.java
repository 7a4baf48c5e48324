package dev.engram.memory.llm;

/** The model answered, but not with what was asked for; the message tells the model what. */
final class InvalidOutput extends Exception {
  private static final long serialVersionUID = 1L;

  InvalidOutput(String message) {
    super(message);
  }
}
