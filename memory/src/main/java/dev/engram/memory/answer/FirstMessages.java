package dev.engram.memory.answer;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Writes a voice agent's opening line to a returning caller from what is remembered of them (seed
 * 003's personalised first message). Without an LLM there is no writer: the caller of this
 * interface fills its own template, and says so.
 */
public interface FirstMessages {

  /** This engine making its calls for the app (an LLM engine counts them against its quota). */
  default FirstMessages forApp(String appId) {
    return this;
  }

  /**
   * A first message.
   *
   * @param callerId the caller
   * @param memories the caller's most important memories, best first (never empty)
   * @param template the app's template, a hint of tone and length for a writer
   */
  FirstMessage write(String callerId, List<Memory> memories, String template);

  /**
   * The outcome.
   *
   * @param text the message, or null when the template is to be used
   * @param source {@code llm}, {@code template}, or {@code template (llm fallback: <why>)}
   */
  record FirstMessage(@Nullable String text, String source) {
    public FirstMessage {
      requireNonNull(source, "source is null");
    }

    /** Use the template. */
    public static FirstMessage template() {
      return new FirstMessage(null, "template");
    }
  }
}
