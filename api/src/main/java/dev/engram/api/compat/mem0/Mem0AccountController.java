package dev.engram.api.compat.mem0;

import dev.engram.api.analytics.LearningRecorder;
import dev.engram.api.compat.CompatException;
import dev.engram.api.openapi.Mem0Operations;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.tenancy.AppScope;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rest of what mem0 clients call under {@code /mem0}: the ping every client sends first, the
 * status of an add ({@code /v1/event/{id}/}), the entities (users) of the app, deleting a user, and
 * feedback on a memory (which feeds the memory's score like {@code POST /v1/learning/feedback}).
 */
@Mem0Operations
@Controller(Mem0Paths.BASE)
@Tag(name = "Compatibility: mem0")
final class Mem0AccountController {
  private static final Map<String, String> VERDICTS =
      Map.of("POSITIVE", "useful", "NEGATIVE", "not_useful", "VERY_NEGATIVE", "wrong");

  private final Mem0Memories memories;
  private final MemoryReader reader;
  private final MemoryWriter writer;
  private final LearningRecorder learning;
  private final JsonMapper json;

  Mem0AccountController(
      Mem0Memories memories,
      MemoryReader reader,
      MemoryWriter writer,
      LearningRecorder learning,
      JsonMapper json) {
    this.memories = memories;
    this.reader = reader;
    this.writer = writer;
    this.learning = learning;
    this.json = json;
  }

  /** {@code {status: "ok", org_id, project_id}}: the key's organization and app. */
  @Operation(operationId = "mem0Ping")
  @ApiResponse(
      responseCode = "200",
      description = "The key's organization and app",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Ping.class)))
  @Get("/v1/ping")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Map<String, Object> ping(@Parameter(hidden = true) AppScope scope) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("message", "Engram, mem0-compatible API");
    out.put("org_id", scope.orgId());
    out.put("project_id", scope.appId());
    return out;
  }

  /** An add's status and, once done, the memories it stored. */
  @Operation(operationId = "mem0GetEvent")
  @Get("/v1/event/{eventId}")
  @Secured("memories:read")
  Map<String, Object> event(@Parameter(hidden = true) AppScope scope, String eventId) {
    return memories.event(scope, eventId);
  }

  /**
   * The app's users with active memories among its newest {@value MemoryReader#MAX_PAGE} (listing
   * across users needs the {@code admin} scope, as everywhere in Engram).
   */
  @Operation(operationId = "mem0ListEntities")
  @ApiResponse(
      responseCode = "200",
      description = "The app's users with memories",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Entities.class)))
  @Get("/v1/entities")
  @Secured("admin")
  Map<String, Object> entities(@Parameter(hidden = true) AppScope scope) {
    Map<String, Map<String, Object>> users = new LinkedHashMap<>();
    List<Memory> newest =
        reader
            .list(
                scope.appId(),
                MemoryFilter.allUsers(),
                MemoryFilter.Sort.NEWEST_FIRST,
                MemoryReader.MAX_PAGE,
                0)
            .memories();
    for (Memory m : newest) {
      Map<String, Object> user =
          users.computeIfAbsent(
              m.userId(),
              id -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", id);
                entry.put("name", id);
                entry.put("type", "user");
                entry.put("owner", scope.appId());
                entry.put("total_memories", 0);
                entry.put("created_at", Mem0Views.time(m.createdAt()));
                entry.put("updated_at", Mem0Views.time(m.updatedAt()));
                return entry;
              });
      user.put("total_memories", (Integer) user.get("total_memories") + 1);
      user.put("created_at", Mem0Views.time(m.createdAt()));
    }
    List<Map<String, Object>> results = new ArrayList<>(users.values());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", results.size());
    out.put("next", null);
    out.put("previous", null);
    out.put("results", results);
    return out;
  }

  /** Erases a user (type {@code user}); other entity types have no memories of their own here. */
  @Operation(operationId = "mem0DeleteEntity")
  @ApiResponse(
      responseCode = "200",
      description = "Deleted",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Message.class)))
  @Delete("/v2/entities/{entityType}/{entityId}")
  @Secured("memories:write")
  Map<String, Object> deleteEntity(
      @Parameter(hidden = true) AppScope scope, String entityType, String entityId) {
    if (!entityType.equals("user")) {
      throw CompatException.invalid(
          "entity_type",
          "only 'user' entities can be deleted here (Engram keeps memories per user; delete an"
              + " agent's or run's memories with DELETE /v1/memories/?user_id=&agent_id=)");
    }
    writer.eraseUser(scope.appId(), entityId);
    return Map.of("message", "Entity deleted successfully.");
  }

  /** The v1 path of the same deletion, as older clients call it. */
  @Operation(operationId = "mem0DeleteEntityV1")
  @ApiResponse(
      responseCode = "200",
      description = "Deleted",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Message.class)))
  @Delete("/v1/entities/{entityType}/{entityId}")
  @Secured("memories:write")
  Map<String, Object> deleteEntityV1(
      @Parameter(hidden = true) AppScope scope, String entityType, String entityId) {
    return deleteEntity(scope, entityType, entityId);
  }

  /**
   * Feedback on a memory: {@code POSITIVE} (useful), {@code NEGATIVE} (not useful), {@code
   * VERY_NEGATIVE} (wrong); recorded as a learning event and added to the memory's feedback
   * balance.
   */
  @Operation(operationId = "mem0SendFeedback")
  @ApiResponse(
      responseCode = "200",
      description = "Recorded",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Feedback.class)))
  @Post("/v1/feedback")
  @Secured({"analytics:write", "memories:write"})
  Map<String, Object> feedback(
      @Parameter(hidden = true) AppScope scope, @Body Map<String, Object> body) {
    String memoryId = Mem0Bodies.string(body, "memory_id");
    if (memoryId == null) {
      throw CompatException.invalid("memory_id", "is required");
    }
    String feedback = Mem0Bodies.string(body, "feedback");
    String verdict = feedback == null ? null : VERDICTS.get(feedback);
    if (verdict == null) {
      throw CompatException.invalid("feedback", "must be POSITIVE, NEGATIVE or VERY_NEGATIVE");
    }
    String reason = Mem0Bodies.string(body, "feedback_reason");
    Memory memory = memories.active(scope, memoryId);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("verdict", verdict);
    event.put("memory_id", memoryId);
    event.put("user_id", memory.userId());
    if (reason != null) {
      event.put("comment", reason);
    }
    String id = learning.recordFeedback(scope.appId(), write(event));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("memory_id", memoryId);
    out.put("feedback", feedback);
    out.put("feedback_reason", reason);
    return out;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
