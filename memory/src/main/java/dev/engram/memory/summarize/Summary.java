package dev.engram.memory.summarize;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A summary of some messages.
 *
 * @param content the summary text
 * @param engine who wrote it: {@code rules} (extractive: sentences picked from the messages) or
 *     {@code llm}
 * @param messageIds the messages it draws on
 */
public record Summary(String content, String engine, List<String> messageIds) {
  public Summary {
    requireNonNull(content, "content is null");
    requireNonNull(engine, "engine is null");
    messageIds = List.copyOf(requireNonNull(messageIds, "messageIds is null"));
  }
}
