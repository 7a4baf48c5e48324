package dev.engram.api.v1;

import dev.engram.analytics.tools.ToolService;
import dev.engram.api.idempotency.IdempotencyHeader;
import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.MemoryBodies.MemoryBody;
import dev.engram.api.v1.MemoryBodies.PatchBody;
import dev.engram.api.v1.MemoryBodies.RelationBody;
import dev.engram.api.v1.MemoryViews.Added;
import dev.engram.api.v1.MemoryViews.Erased;
import dev.engram.api.v1.MemoryViews.EventView;
import dev.engram.api.v1.MemoryViews.MemoryView;
import dev.engram.api.v1.MemoryViews.Page;
import dev.engram.api.v1.MemoryViews.RelatedView;
import dev.engram.api.v1.MemoryViews.RelationView;
import dev.engram.api.v1.MemoryViews.ResultView;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.UserScope;
import dev.engram.memory.evolve.MemoryEvolver;
import dev.engram.memory.evolve.Resolution;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.write.MemoryPatch;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Memories of the key's app: add (one or a batch), list, read, update, delete, erase a user. */
@ApiKeyOperations
@Controller("/v1/memories")
@Tag(name = "Memories")
final class MemoryController {
  private final MemoryWriter writer;
  private final MemoryEvolver evolver;
  private final MemoryReader reader;
  private final ToolService tools;
  private final Clock clock;

  MemoryController(
      MemoryWriter writer,
      MemoryEvolver evolver,
      MemoryReader reader,
      ToolService tools,
      Clock clock) {
    this.writer = writer;
    this.evolver = evolver;
    this.reader = reader;
    this.tools = tools;
    this.clock = clock;
  }

  /**
   * Stores one memory or a batch of up to 1,000 (embedded together). With {@code resolve} (the
   * default) each statement is first compared with the user's memories: a paraphrase reinforces, a
   * contradiction supersedes, a retraction deletes. With {@code X-Engram-Tool}, memories that name
   * no {@code agent_id} are stored with the tool as their agent (counted for the tool).
   */
  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Operation(operationId = "createMemory")
  @ApiResponse(
      responseCode = "201",
      description =
          "Stored: the ids, the resulting memories and what was decided for each statement",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Added.class),
              examples = @ExampleObject(name = "createMemory", value = ResponseExamples.ADDED)))
  @Post
  @Status(HttpStatus.CREATED)
  @Secured("memories:write")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MemoryBody.class),
              examples = {
                @ExampleObject(
                    name = "one",
                    summary = "One memory of a user",
                    value =
                        "{\"user_id\":\"alice\",\"content\":\"Alice prefers express shipping\",\"category\":\"shopping\",\"tags\":[\"shipping\"],\"importance\":7,\"sources\":[{\"conversation_id\":\"c1\",\"message_ids\":[\"m4\"]}]}"),
                @ExampleObject(
                    name = "batch",
                    summary = "A batch; items inherit user and session",
                    value =
                        "{\"user_id\":\"alice\",\"session_id\":\"s1\",\"memories\":[{\"content\":\"Alice lives in Lisbon\"},{\"content\":\"Alice is allergic to peanuts\",\"importance\":9}]}")
              }))
  Added add(
      @Parameter(hidden = true) AppScope scope,
      @Body MemoryBody body,
      @Nullable @Header(ToolService.HEADER) String tool) {
    List<NewMemory> batch =
        MemoryRequests.attributed(
            MemoryRequests.newMemories(body, clock.instant()),
            tools.attribution(scope.appId(), tool));
    if (Boolean.FALSE.equals(body.resolve())) {
      List<Memory> added = writer.add(scope.appId(), scope.keyId(), batch);
      return new Added(
          added.stream().map(Memory::id).toList(),
          added.stream().map(MemoryView::of).toList(),
          added.stream()
              .map(m -> new ResultView("add", m.id(), null, "stored without resolution", "none"))
              .toList());
    }
    List<Resolution> resolutions = evolver.add(scope.appId(), scope.keyId(), batch);
    List<Memory> resulting =
        resolutions.stream().map(Resolution::memory).filter(Objects::nonNull).toList();
    return new Added(
        resulting.stream().map(Memory::id).toList(),
        resulting.stream().map(MemoryView::of).toList(),
        resolutions.stream()
            .map(
                r ->
                    new ResultView(
                        r.decision().action().name().toLowerCase(Locale.ROOT),
                        r.memory() == null ? null : r.memory().id(),
                        r.decision().targetId(),
                        r.decision().reason(),
                        r.decision().engine()))
            .toList());
  }

  /** Lists memories with filters, paging and order. {@code user_id} is required without admin. */
  @Operation(operationId = "listMemories")
  @ApiResponse(
      responseCode = "200",
      description = "A page of memories",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Page.class),
              examples = @ExampleObject(name = "listMemories", value = ResponseExamples.PAGE)))
  @Get
  @Secured("memories:read")
  @Parameter(
      name = "user_id",
      in = ParameterIn.QUERY,
      description = "the end user (required without the admin scope)",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "session_id",
      in = ParameterIn.QUERY,
      description = "only memories of this session",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "agent_id",
      in = ParameterIn.QUERY,
      description = "only memories of this agent",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "run_id",
      in = ParameterIn.QUERY,
      description = "only memories of this run",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "types",
      in = ParameterIn.QUERY,
      description = "working, episodic, semantic, procedural (comma-separated or repeated)",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "categories",
      in = ParameterIn.QUERY,
      description = "any of these categories (comma-separated or repeated)",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "tags",
      in = ParameterIn.QUERY,
      description = "any of these tags (comma-separated or repeated)",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "min_importance",
      in = ParameterIn.QUERY,
      description = "1 to 10",
      schema = @Schema(implementation = Integer.class))
  @Parameter(
      name = "start",
      in = ParameterIn.QUERY,
      description = "created at or after (ISO-8601)",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "end",
      in = ParameterIn.QUERY,
      description = "created before (ISO-8601)",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "valid_at",
      in = ParameterIn.QUERY,
      description = "valid at this instant (ISO-8601)",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "statuses",
      in = ParameterIn.QUERY,
      description = "active (default), superseded, deleted (comma-separated or repeated)",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "limit",
      in = ParameterIn.QUERY,
      description = "page size, 1 to 1,000 (default 50)",
      schema = @Schema(implementation = Integer.class))
  @Parameter(
      name = "offset",
      in = ParameterIn.QUERY,
      description = "skip this many (or give cursor)",
      schema = @Schema(implementation = Integer.class))
  @Parameter(
      name = "cursor",
      in = ParameterIn.QUERY,
      description = "next_cursor of the previous page",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "sort_by",
      in = ParameterIn.QUERY,
      description = "created_at (default), updated_at or importance",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "order",
      in = ParameterIn.QUERY,
      description = "desc (default) or asc",
      schema = @Schema(implementation = String.class))
  @Parameter(
      name = "metadata.<key>",
      in = ParameterIn.QUERY,
      description = "equality on a top-level metadata key, e.g. metadata.channel=voice",
      schema = @Schema(implementation = String.class))
  Page list(@Parameter(hidden = true) AppScope scope, HttpRequest<?> request) {
    UserScope user = MemoryRequests.requireUser(scope, request.getParameters().get("user_id"));
    ListQuery query = ListQuery.parse(request.getParameters(), user);
    MemoryFilter.Page page =
        reader.list(scope.appId(), query.filter(), query.sort(), query.limit(), query.offset());
    int next = query.offset() + page.memories().size();
    return new Page(
        page.memories().stream().map(MemoryView::of).toList(),
        page.total(),
        query.limit(),
        query.offset(),
        next < page.total() ? ListQuery.cursorFor(next) : null);
  }

  /** A memory in any status; counts as an access (raises its score in later searches). */
  @Operation(operationId = "getMemory")
  @ApiResponse(
      responseCode = "200",
      description = "The memory",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = MemoryView.class),
              examples = @ExampleObject(name = "getMemory", value = ResponseExamples.MEMORY_VIEW)))
  @Get("/{id}")
  @Secured("memories:read")
  MemoryView get(@Parameter(hidden = true) AppScope scope, String id) {
    return MemoryView.of(reader.read(scope.appId(), id));
  }

  @Operation(operationId = "updateMemory")
  @Patch("/{id}")
  @Secured("memories:write")
  MemoryView update(@Parameter(hidden = true) AppScope scope, String id, @Body PatchBody body) {
    MemoryPatch patch =
        new MemoryPatch(
            body.content(),
            body.context(),
            body.type() == null ? null : MemoryRequests.type("type", body.type()),
            body.category(),
            body.tags(),
            body.importance(),
            body.metadata(),
            body.validFrom(),
            body.validTo(),
            body.expiresAt(),
            body.expectedVersion());
    return MemoryView.of(writer.update(scope.appId(), scope.keyId(), id, patch));
  }

  /** Marks the memory deleted; its history stays in the event log. */
  @Operation(operationId = "deleteMemory")
  @Delete("/{id}")
  @Secured("memories:write")
  MemoryView delete(
      @Parameter(hidden = true) AppScope scope, String id, @Nullable @QueryValue String reason) {
    return MemoryView.of(writer.delete(scope.appId(), scope.keyId(), id, reason));
  }

  /** Erases a user: every memory, event and relation, from the store and the index. */
  @Operation(operationId = "eraseUserMemories")
  @Delete
  @Secured("memories:write")
  Erased eraseUser(
      @Parameter(hidden = true) AppScope scope, @Nullable @QueryValue("user_id") String userId) {
    if (userId == null || userId.isBlank()) {
      throw MemoryException.invalid(
          "user_id", "is required: DELETE /v1/memories?user_id=<user> erases that user");
    }
    return new Erased(userId, writer.eraseUser(scope.appId(), userId).size());
  }

  @Operation(operationId = "listMemoryEvents")
  @Get("/{id}/events")
  @Secured("memories:read")
  List<EventView> events(@Parameter(hidden = true) AppScope scope, String id) {
    return reader.events(scope.appId(), id).stream().map(EventView::of).toList();
  }

  @Operation(operationId = "createMemoryRelation")
  @Post("/{id}/relations")
  @Status(HttpStatus.CREATED)
  @Secured("memories:write")
  RelationView relate(
      @Parameter(hidden = true) AppScope scope, String id, @Body RelationBody body) {
    if (body.targetId() == null) {
      throw MemoryException.invalid("target_id", "is required");
    }
    return RelationView.of(
        writer.relate(scope.appId(), scope.keyId(), id, body.targetId(), body.type()));
  }

  @Operation(operationId = "listRelatedMemories")
  @Get("/{id}/related")
  @Secured("memories:read")
  List<RelatedView> related(@Parameter(hidden = true) AppScope scope, String id) {
    return reader.related(scope.appId(), id).stream().map(RelatedView::of).toList();
  }
}
