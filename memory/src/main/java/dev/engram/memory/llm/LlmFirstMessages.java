package dev.engram.memory.llm;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;
import dev.engram.memory.answer.FirstMessages;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The LLM writer of a returning caller's first message: one or two short spoken sentences drawn
 * only from the caller's memories given, in the spirit of the app's template. On failure the
 * template is used, labelled {@code template (llm fallback: …)}.
 */
@Singleton
@Primary
@Requires(property = "engram.llm.provider")
final class LlmFirstMessages implements FirstMessages {
  static final String SOURCE = "llm";
  static final int MAX_CHARS = 400;

  static final String SYSTEM =
      """
      You write the first sentence a voice agent says when a returning caller phones. Greet \
      them and refer naturally to one or two of the remembered facts given; use no fact that \
      is not given; at most two short sentences, spoken style, no lists. The operator's \
      template shows the tone: follow it loosely. Answer as {"first_message": "..."}.""";

  private final JsonChat chat;

  LlmFirstMessages(JsonChat chat) {
    this.chat = requireNonNull(chat, "chat is null");
  }

  /** The same engine with its calls counted for the app. */
  @Override
  public FirstMessages forApp(String appId) {
    return new LlmFirstMessages(chat.forApp(appId));
  }

  @Override
  public FirstMessage write(String callerId, List<Memory> memories, String template) {
    StringBuilder prompt =
        new StringBuilder("Template: ")
            .append(template)
            .append("\n\nRemembered about the caller:\n");
    for (Memory memory : memories) {
      prompt.append("- ").append(memory.content()).append('\n');
    }
    try {
      return chat.call(
          SOURCE,
          SYSTEM,
          prompt.toString(),
          json -> {
            String text = OutputReader.text(json, "first_message").strip();
            if (text.length() > MAX_CHARS) {
              throw new InvalidOutput(
                  "\"first_message\" is longer than " + MAX_CHARS + " characters");
            }
            return new FirstMessage(text, SOURCE);
          });
    } catch (LlmFailure e) {
      return new FirstMessage(null, "template (llm fallback: " + e.getMessage() + ")");
    }
  }
}
