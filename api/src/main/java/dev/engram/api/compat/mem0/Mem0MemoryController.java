package dev.engram.api.compat.mem0;

import dev.engram.api.compat.CompatException;
import dev.engram.api.openapi.Mem0Operations;
import dev.engram.memory.Memory;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.write.MemoryPatch;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * mem0's memory calls under {@code /mem0} (a mem0 client's host is set to {@code
 * https://engram.example/mem0}; the client then calls {@code /mem0/v1/memories/…} with its trailing
 * slashes, which Micronaut matches to these routes): add, list, read, update, delete, history,
 * delete all of a user. Authenticated by the app's API key as {@code Authorization: Token <key>}
 * (or {@code Bearer}).
 */
@Mem0Operations
@Controller(Mem0Paths.BASE)
@Tag(name = "Compatibility: mem0")
final class Mem0MemoryController {
  private final Mem0Memories memories;
  private final MemoryReader reader;
  private final MemoryWriter writer;

  Mem0MemoryController(Mem0Memories memories, MemoryReader reader, MemoryWriter writer) {
    this.memories = memories;
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * v1 add ({@code messages}, {@code user_id}, {@code agent_id}, {@code run_id}, {@code metadata},
   * {@code infer}). With inference the messages are queued for ingestion and the answer is mem0's
   * asynchronous one ({@code [{message, status: "PENDING", event_id}]}), or with {@code async_mode:
   * false} the memories extracted once ingestion is done; {@code infer: false} stores each message
   * as it is and answers {@code [{id, memory, event: "ADD", …}]}. {@code output_format: "v1.1"}
   * wraps either list in {@code {results}}.
   */
  @Operation(operationId = "mem0AddMemories")
  @Post("/v1/memories")
  @Secured("memories:write")
  Object add(@Parameter(hidden = true) AppScope scope, @Body Map<String, Object> body) {
    Mem0Memories.Added added = memories.add(scope, body, true);
    List<Map<String, Object>> results =
        added.pending()
            ? List.of(Mem0Views.pending(added.eventId()))
            : added.stored().stream().map(m -> Mem0Views.added(m, "ADD")).toList();
    return Mem0Bodies.wrapped(body) ? Map.of("results", results) : results;
  }

  /**
   * v1 list: {@code user_id} (required), {@code agent_id}, {@code run_id}; a bare list, or mem0's
   * page with {@code page} and {@code page_size}.
   */
  @Operation(operationId = "mem0ListMemories")
  @Get("/v1/memories")
  @Secured("memories:read")
  Object list(@Parameter(hidden = true) AppScope scope, HttpRequest<?> request) {
    var params = request.getParameters();
    Map<String, String> ids = new HashMap<>();
    for (String key : List.of("user_id", "agent_id", "run_id")) {
      ids.put(key, params.get(key));
    }
    Map<String, Object> filters =
        params.get("app_id") == null ? null : Map.of("app_id", params.get("app_id"));
    Mem0Selection selection = Mem0Filters.compile(filters, ids);
    List<Map<String, Object>> all =
        memories.list(scope, selection).stream().map(Mem0Views::memory).toList();
    if (params.get("page") == null && params.get("page_size") == null) {
      return all;
    }
    return Mem0Views.page(
        all,
        Mem0Bodies.positive(params.get("page"), "page", 1, 1_000_000),
        Mem0Bodies.positive(params.get("page_size"), "page_size", 100, 1000),
        request.getPath(),
        "user_id=" + selection.userId());
  }

  @Operation(operationId = "mem0GetMemory")
  @ApiResponse(
      responseCode = "200",
      description = "The memory",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Memory.class)))
  @Get("/v1/memories/{memoryId}")
  @Secured("memories:read")
  Map<String, Object> get(@Parameter(hidden = true) AppScope scope, String memoryId) {
    return Mem0Views.memory(memories.active(scope, memoryId));
  }

  /**
   * Update: {@code text} (re-embedded) and/or {@code metadata} (replaces it), {@code
   * expiration_date}; answers the updated memory.
   */
  @Operation(operationId = "mem0UpdateMemory")
  @ApiResponse(
      responseCode = "200",
      description = "The updated memory",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Updated.class)))
  @Put("/v1/memories/{memoryId}")
  @Secured("memories:write")
  Map<String, Object> update(
      @Parameter(hidden = true) AppScope scope, String memoryId, @Body Map<String, Object> body) {
    memories.active(scope, memoryId);
    String text = Mem0Bodies.string(body, "text");
    Map<String, Object> metadata = body.get("metadata") == null ? null : Mem0Bodies.metadata(body);
    Object expiration = body.get("expiration_date");
    if (text == null && metadata == null && expiration == null) {
      throw CompatException.invalid(
          "text", "text, metadata or expiration_date is required to update a memory");
    }
    Memory updated =
        writer.update(
            scope.appId(),
            scope.keyId(),
            memoryId,
            new MemoryPatch(
                text,
                null,
                null,
                null,
                null,
                null,
                metadata,
                null,
                null,
                expiration == null ? null : Mem0Filters.instant(expiration, "expiration_date"),
                null));
    Map<String, Object> out = Mem0Views.memory(updated);
    out.put("text", updated.content());
    return out;
  }

  @Operation(operationId = "mem0DeleteMemory")
  @ApiResponse(
      responseCode = "200",
      description = "Deleted",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Message.class)))
  @Delete("/v1/memories/{memoryId}")
  @Secured("memories:write")
  Map<String, Object> delete(@Parameter(hidden = true) AppScope scope, String memoryId) {
    memories.active(scope, memoryId);
    writer.delete(scope.appId(), scope.keyId(), memoryId, "deleted through the mem0 API");
    return Map.of("message", "Memory deleted successfully!");
  }

  /**
   * Deletes the memories of a user ({@code user_id} required), narrowed by {@code agent_id} and
   * {@code run_id}: with the user alone, the user is erased (memories, events, relations).
   */
  @Operation(operationId = "mem0DeleteMemories")
  @ApiResponse(
      responseCode = "200",
      description = "Deleted",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Message.class)))
  @Delete("/v1/memories")
  @Secured("memories:write")
  Map<String, Object> deleteAll(
      @Parameter(hidden = true) AppScope scope,
      @Nullable @QueryValue("user_id") String userId,
      @Nullable @QueryValue("agent_id") String agentId,
      @Nullable @QueryValue("run_id") String runId) {
    Map<String, String> ids = new HashMap<>();
    ids.put("user_id", userId);
    ids.put("agent_id", agentId);
    ids.put("run_id", runId);
    Mem0Selection selection = Mem0Filters.compile(null, ids);
    if (selection.agentId() == null && selection.runId() == null) {
      writer.eraseUser(scope.appId(), selection.userId());
    } else {
      for (Memory m : memories.list(scope, selection)) {
        writer.delete(scope.appId(), scope.keyId(), m.id(), "deleted through the mem0 API");
      }
    }
    return Map.of("message", "Memories deleted successfully!");
  }

  /** The memory's changes, oldest first ({@code ADD}, {@code UPDATE}, {@code DELETE}, …). */
  @Operation(operationId = "mem0GetMemoryHistory")
  @ApiResponse(
      responseCode = "200",
      description = "The memory's changes, oldest first",
      content =
          @Content(
              mediaType = "application/json",
              array =
                  @ArraySchema(schema = @Schema(implementation = Mem0Schemas.HistoryEntry.class))))
  @Get("/v1/memories/{memoryId}/history")
  @Secured("memories:read")
  List<Map<String, Object>> history(@Parameter(hidden = true) AppScope scope, String memoryId) {
    Memory m = reader.get(scope.appId(), memoryId);
    return Mem0Views.history(m, reader.events(scope.appId(), memoryId));
  }
}
