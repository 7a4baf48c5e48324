package dev.engram.api.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engram.memory.Json;
import dev.engram.memory.ingest.NewConversation;
import dev.engram.memory.task.Task;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of conversation ingestion, tasks and the batcher. */
final class IngestBodies {
  private IngestBodies() {}

  /**
   * One message: {@code role} is user, assistant, system or tool; {@code name} is the speaker's
   * name (optional, at most 100 characters: letters, digits, and spaces, apostrophes, periods or
   * hyphens between words), which extraction writes instead of "User".
   */
  @Serdeable
  record MessageBody(
      @Nullable String role,
      @Nullable String content,
      @Nullable String id,
      @Nullable Instant createdAt,
      @Nullable String name) {
    NewConversation.Turn turn() {
      return new NewConversation.Turn(id, role, content, createdAt, name);
    }
  }

  /**
   * A conversation of one user. {@code partial} accepts fewer messages than {@code
   * engram.ingest.max-messages}.
   */
  @Serdeable
  record ConversationBody(
      @Nullable String userId,
      @Nullable String sessionId,
      @Nullable String agentId,
      @Nullable List<MessageBody> messages,
      @Nullable Boolean partial) {
    NewConversation conversation() {
      return new NewConversation(
          userId,
          sessionId,
          agentId,
          messages == null
              ? null
              : messages.stream().map(m -> m == null ? null : m.turn()).toList(),
          Boolean.TRUE.equals(partial));
    }
  }

  /** One message ({@code role}, {@code content}, {@code name}) or several in {@code messages}. */
  @Serdeable
  record SessionMessagesBody(
      @Nullable String userId,
      @Nullable String role,
      @Nullable String content,
      @Nullable String id,
      @Nullable Instant createdAt,
      @Nullable String name,
      @Nullable List<MessageBody> messages) {}

  @Serdeable
  record Queued(String taskId, String status) {}

  @Serdeable
  record Buffered(int buffered, @Nullable String flushedTaskId) {}

  @Serdeable
  record CountsView(int added, int updated, int reinforced, int deleted, int skipped) {}

  /**
   * A task as callers see it.
   *
   * @param result what a finished task produced, for kinds that produce something: a summary
   *     callback's {@code {delivered, attempts, last_status, error}}
   */
  @Serdeable
  record TaskView(
      String id,
      String kind,
      String status,
      CountsView counts,
      List<String> errors,
      int attempts,
      Instant createdAt,
      @Nullable Instant startedAt,
      @Nullable Instant finishedAt,
      @Nullable Map<String, Object> result) {
    private static final ObjectMapper JSON = Json.mapper();

    static TaskView of(Task t) {
      return new TaskView(
          t.id(),
          t.kind(),
          t.status().value(),
          new CountsView(
              t.counts().added(),
              t.counts().updated(),
              t.counts().reinforced(),
              t.counts().deleted(),
              t.counts().skipped()),
          t.errors(),
          t.attempts(),
          t.createdAt(),
          t.startedAt(),
          t.finishedAt(),
          result(t.result()));
    }

    private static @Nullable Map<String, Object> result(@Nullable String json) {
      if (json == null) {
        return null;
      }
      try {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("unreadable task result: " + e.getOriginalMessage(), e);
      }
    }
  }
}
