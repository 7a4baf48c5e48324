package dev.engram.memory.ingest;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.MemoryType;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A candidate memory an extractor drew from a conversation, before resolution.
 *
 * @param content the statement, in the third person ("User prefers dark mode")
 * @param type episodic for behaviour and events, semantic for lasting facts, procedural for how the
 *     user wants things done
 * @param category a short topic ({@code preference}, {@code plan}, {@code identity}, …), if any
 * @param importance 1–10
 * @param messageIds ids of the messages it came from (provenance)
 */
public record Fact(
    String content,
    MemoryType type,
    @Nullable String category,
    int importance,
    List<String> messageIds) {
  public Fact {
    requireNonNull(content, "content is null");
    requireNonNull(type, "type is null");
    messageIds = List.copyOf(requireNonNull(messageIds, "messageIds is null"));
    if (importance < 1 || importance > 10) {
      throw new IllegalArgumentException("importance " + importance + " is not within 1..10");
    }
  }
}
