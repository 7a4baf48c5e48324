package dev.engram.api.compat.mem0;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes mem0's platform answers with, for the OpenAPI document only: the controllers
 * build these answers as maps ({@link Mem0Views}) because mem0's clients expect exact keys and
 * nulls; these records describe the answers whose shape does not depend on the call's flags.
 */
final class Mem0Schemas {
  private Mem0Schemas() {}

  @Schema(name = "Mem0Memory", description = "A memory as mem0 answers it")
  record Memory(
      String id,
      @Schema(description = "the memory's text") String memory,
      @Nullable String userId,
      @Nullable String agentId,
      @Nullable String appId,
      @Schema(description = "Engram's session") @Nullable String runId,
      @Schema(description = "MD5 of the text") String hash,
      @Nullable Map<String, Object> metadata,
      @Schema(description = "the category and the tags") List<String> categories,
      boolean immutable,
      String createdAt,
      @Nullable String updatedAt,
      @Nullable String expirationDate) {}

  @Schema(name = "Mem0Hit", description = "A search hit: the memory and its score")
  record Hit(
      String id,
      String memory,
      @Nullable String userId,
      @Nullable String agentId,
      @Nullable String appId,
      @Nullable String runId,
      String hash,
      @Nullable Map<String, Object> metadata,
      List<String> categories,
      boolean immutable,
      String createdAt,
      @Nullable String updatedAt,
      @Nullable String expirationDate,
      @Schema(description = "0 to 1, four decimals") double score) {}

  @Schema(name = "Mem0UpdatedMemory", description = "The updated memory and its text")
  record Updated(
      String id,
      String memory,
      @Nullable String userId,
      @Nullable String agentId,
      @Nullable String appId,
      @Nullable String runId,
      String hash,
      @Nullable Map<String, Object> metadata,
      List<String> categories,
      boolean immutable,
      String createdAt,
      @Nullable String updatedAt,
      @Nullable String expirationDate,
      String text) {}

  @Schema(name = "Mem0Hits", description = "Search hits, best first")
  record Hits(List<Hit> results) {}

  @Schema(name = "Mem0Page", description = "mem0's page of memories; page is 1-based")
  record Page(int count, @Nullable String next, @Nullable String previous, List<Memory> results) {}

  @Schema(name = "Mem0Message", description = "What was done")
  record Message(String message) {}

  @Schema(name = "Mem0HistoryEntry", description = "One change of a memory")
  record HistoryEntry(
      String id,
      String memoryId,
      List<Object> input,
      @Nullable String oldMemory,
      @Nullable String newMemory,
      @Nullable String userId,
      List<String> categories,
      @Schema(description = "ADD, UPDATE, DELETE, …") String event,
      @Nullable String reason,
      String createdAt,
      String updatedAt) {}

  @Schema(name = "Mem0Ping", description = "The key's organization and app")
  record Ping(String status, String message, String orgId, String projectId) {}

  @Schema(name = "Mem0Entity", description = "A user with memories")
  record Entity(
      String id,
      String name,
      @Schema(allowableValues = "user") String type,
      String owner,
      int totalMemories,
      String createdAt,
      String updatedAt) {}

  @Schema(name = "Mem0Entities", description = "The app's users with memories")
  record Entities(
      int count, @Nullable String next, @Nullable String previous, List<Entity> results) {}

  @Schema(name = "Mem0Feedback", description = "The feedback as recorded")
  record Feedback(
      String id,
      String memoryId,
      @Schema(allowableValues = {"POSITIVE", "NEGATIVE", "VERY_NEGATIVE"}) String feedback,
      @Nullable String feedbackReason) {}
}
