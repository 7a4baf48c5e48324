package dev.engram.memory.llm;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Message;
import dev.engram.memory.summarize.Summarizer;
import dev.engram.memory.summarize.Summary;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The LLM engine of the {@link Summarizer}. The fast form is a few sentences; the full form adds
 * the key points, decisions and open questions. The message ids the summary draws on are checked
 * against the messages given (unknown ones dropped; none left means all). On failure the rule
 * engine's extractive summary is returned, labelled {@code rules (llm fallback: …)}.
 */
@Singleton
@Named("llm")
@Primary
@Requires(property = "engram.llm.provider")
final class LlmSummarizer implements Summarizer {
  static final String ENGINE = "llm";

  static final String FAST =
      """
      Summarize the conversation below in at most three sentences, keeping names, numbers, \
      dates and decisions. Answer as {"summary": "...", "message_ids": ["<ids of the messages \
      the summary draws on>"]}.""";

  static final String FULL =
      """
      Summarize the conversation below for an AI agent that will continue it later: a short \
      paragraph, then the key points, the decisions taken and the open questions, keeping \
      names, numbers and dates. Answer as {"summary": "<paragraph>", "key_points": ["..."], \
      "decisions": ["..."], "open_questions": ["..."], "message_ids": ["<ids of the messages \
      the summary draws on>"]}.""";

  private final JsonChat chat;
  private final Summarizer rules;

  LlmSummarizer(JsonChat chat, @Named("rules") Summarizer rules) {
    this.chat = requireNonNull(chat, "chat is null");
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The same engine with its calls counted for the app. */
  @Override
  public Summarizer forApp(String appId) {
    return new LlmSummarizer(chat.forApp(appId), rules);
  }

  @Override
  public Summary summarize(List<Message> messages, boolean fast) {
    List<String> all = messages.stream().map(Message::id).toList();
    Set<String> ids = Set.copyOf(all);
    StringBuilder transcript = new StringBuilder("Conversation (message id, role, content):\n");
    for (Message message : messages) {
      transcript
          .append('[')
          .append(message.id())
          .append("] ")
          .append(message.role())
          .append(": ")
          .append(message.content())
          .append('\n');
    }
    try {
      return chat.call(
          fast ? "summarizer.fast" : "summarizer.full",
          fast ? FAST : FULL,
          transcript.toString(),
          json -> {
            StringBuilder content = new StringBuilder(OutputReader.text(json, "summary"));
            if (!fast) {
              section(content, "Key points", OutputReader.strings(json, "key_points"));
              section(content, "Decisions", OutputReader.strings(json, "decisions"));
              section(content, "Open questions", OutputReader.strings(json, "open_questions"));
            }
            List<String> cited =
                OutputReader.strings(json, "message_ids").stream()
                    .filter(ids::contains)
                    .distinct()
                    .collect(Collectors.toList());
            return new Summary(content.toString(), ENGINE, cited.isEmpty() ? all : cited);
          });
    } catch (LlmFailure e) {
      Summary fallback = rules.summarize(messages, fast);
      return new Summary(
          fallback.content(),
          fallback.engine() + " (llm fallback: " + e.getMessage() + ")",
          fallback.messageIds());
    }
  }

  @Override
  public String engine() {
    return ENGINE;
  }

  private static void section(StringBuilder content, String title, List<String> items) {
    List<String> present = items.stream().filter(item -> !item.isBlank()).toList();
    if (!present.isEmpty()) {
      content.append("\n\n").append(title).append(':');
      present.forEach(item -> content.append("\n- ").append(item));
    }
  }
}
