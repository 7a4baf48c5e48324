package dev.engram.memory.write;

import static java.util.Objects.requireNonNull;

import dev.engram.memory.MemoryType;
import dev.engram.memory.Message;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * What an agent saves as-is (the agent fast path): either one text or a list of messages, with
 * attributes every resulting memory shares.
 *
 * @param userId the user the memories belong to
 * @param sessionId optional session; also the conversation of the provenance
 * @param agentId optional agent
 * @param text one statement to save, or null when {@code messages} are given
 * @param messages messages to save one memory each, or null when {@code text} is given
 * @param type memory type of every memory (default episodic for messages, semantic for text)
 * @param category optional category
 * @param tags optional tags
 * @param importance optional importance
 * @param metadata optional metadata; a message's role is added under {@code role}
 */
public record AgentMemoryRequest(
    String userId,
    @Nullable String sessionId,
    @Nullable String agentId,
    @Nullable String text,
    @Nullable List<Message> messages,
    @Nullable MemoryType type,
    @Nullable String category,
    @Nullable List<String> tags,
    @Nullable Integer importance,
    @Nullable Map<String, Object> metadata) {
  public AgentMemoryRequest {
    requireNonNull(userId, "userId is null");
  }
}
