package dev.engram.memory.llm;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.Memory;
import dev.engram.memory.answer.Answer;
import dev.engram.memory.answer.Answerer;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The LLM engine of the {@link Answerer}: an answer grounded in the given memories only, citing the
 * ids it rests on; a cited id that is not among the memories given makes the output invalid (asked
 * again once). Without memories there is nothing to ground an answer in, so no call is made. On
 * failure the rule engine answers, labelled {@code rules (llm fallback: …)}.
 */
@Singleton
@Named("llm")
@Primary
@Requires(property = "engram.llm.provider")
final class LlmAnswerer implements Answerer {
  static final String ENGINE = "llm";

  static final String SYSTEM =
      """
      You answer a question about a user from the memories an AI agent keeps about them. Use \
      only the memories given; if they do not answer the question, say so briefly. Cite the \
      ids of the memories your answer rests on. Answer as {"answer": "...", "cited_ids": \
      ["<memory ids>"]}.""";

  private final JsonChat chat;
  private final Answerer rules;

  LlmAnswerer(JsonChat chat, @Named("rules") Answerer rules) {
    this.chat = requireNonNull(chat, "chat is null");
    this.rules = requireNonNull(rules, "rules is null");
  }

  /** The same engine with its calls counted for the app. */
  @Override
  public Answerer forApp(String appId) {
    return new LlmAnswerer(chat.forApp(appId), rules);
  }

  @Override
  public Answer answer(String query, List<Memory> memories) {
    if (memories.isEmpty()) {
      return new Answer(null, List.of(), ENGINE, "no memory matched the query");
    }
    Set<String> ids = memories.stream().map(Memory::id).collect(Collectors.toUnmodifiableSet());
    StringBuilder prompt = new StringBuilder("Question: ").append(query).append("\n\nMemories:\n");
    for (Memory memory : memories) {
      prompt.append("- id: ").append(memory.id()).append("\n  content: ").append(memory.content());
      if (memory.createdAt() != null) {
        prompt.append("\n  recorded: ").append(memory.createdAt());
      }
      prompt.append('\n');
    }
    try {
      return chat.call(
          "answerer",
          SYSTEM,
          prompt.toString(),
          json -> {
            String text = OutputReader.text(json, "answer");
            List<String> cited = OutputReader.strings(json, "cited_ids");
            for (String id : cited) {
              if (!ids.contains(id)) {
                throw new InvalidOutput(
                    "\"cited_ids\" contains " + id + ", which is not one of the memories' ids");
              }
            }
            return new Answer(text, cited.stream().distinct().toList(), ENGINE, null);
          });
    } catch (LlmFailure e) {
      Answer fallback = rules.answer(query, memories);
      return new Answer(
          fallback.text(),
          fallback.citedIds(),
          fallback.engine() + " (llm fallback: " + e.getMessage() + ")",
          fallback.note());
    }
  }

  @Override
  public String engine() {
    return ENGINE;
  }
}
