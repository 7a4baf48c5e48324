package dev.engram.api.v1;

import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.api.v1.EvolutionViews.ChainView;
import dev.engram.api.v1.MemoryBodies.SearchBody;
import dev.engram.api.v1.MemoryViews.Erased;
import dev.engram.api.v1.MemoryViews.EventView;
import dev.engram.api.v1.MemoryViews.HitView;
import dev.engram.api.v1.MemoryViews.MemoryView;
import dev.engram.api.v1.MemoryViews.Page;
import dev.engram.api.v1.MemoryViews.RelatedView;
import dev.engram.api.v1.MemoryViews.SearchResponse;
import dev.engram.api.v1.MemoryViews.Timings;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.UserScope;
import dev.engram.memory.history.EvolutionGraph;
import dev.engram.memory.history.EvolutionHistory;
import dev.engram.memory.history.GraphFormat;
import dev.engram.memory.read.MemoryReader;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.SearchRequest;
import dev.engram.memory.search.SearchResult;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.tenancy.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * The memories of an app for the web console (JWT): the same engine services as {@code /v1},
 * reached through the app id instead of an API key. Reads for every console role of the app's
 * organization; deletes and erasure for admins only.
 */
@ConsoleOperations
@Controller("/admin/v1/apps/{appId}/memories")
@Secured({ConsoleAccess.PLATFORM_ADMIN, ConsoleAccess.TENANT_ADMIN, ConsoleAccess.TENANT_VIEWER})
@Tag(name = "Console: memories")
final class ConsoleMemoryController {
  private final ConsoleAccess access;
  private final MemoryReader reader;
  private final MemoryWriter writer;
  private final MemorySearch search;
  private final EvolutionHistory history;

  ConsoleMemoryController(
      ConsoleAccess access,
      MemoryReader reader,
      MemoryWriter writer,
      MemorySearch search,
      EvolutionHistory history) {
    this.access = access;
    this.reader = reader;
    this.writer = writer;
    this.search = search;
    this.history = history;
  }

  /**
   * Memories with the filters of {@code GET /v1/memories}; without {@code user_id}, of every user.
   * {@code statuses} takes {@code active}, {@code superseded}, {@code deleted} (comma-separated).
   */
  @Operation(operationId = "listAppMemories")
  @Get
  Page list(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @Nullable @QueryValue("user_id") String userId,
      @Nullable @QueryValue String types,
      @Nullable @QueryValue String categories,
      @Nullable @QueryValue String tags,
      @Nullable @QueryValue String statuses,
      @Nullable @QueryValue("min_importance") Integer minImportance,
      @Nullable @QueryValue String start,
      @Nullable @QueryValue String end,
      @Nullable @QueryValue Integer limit,
      @Nullable @QueryValue Integer offset,
      HttpRequest<?> request) {
    access.read(actor, appId);
    ListQuery query =
        ListQuery.parse(
            request.getParameters(),
            userId == null || userId.isBlank()
                ? new UserScope.AllUsers()
                : new UserScope.OneUser(userId));
    MemoryFilter.Page page =
        reader.list(appId, query.filter(), query.sort(), query.limit(), query.offset());
    int next = query.offset() + page.memories().size();
    return new Page(
        page.memories().stream().map(MemoryView::of).toList(),
        page.total(),
        query.limit(),
        query.offset(),
        next < page.total() ? ListQuery.cursorFor(next) : null);
  }

  /** Hybrid search with the score breakdown of each hit; without {@code user_id}, every user. */
  @Operation(operationId = "searchAppMemories")
  @Post("/search")
  SearchResponse search(
      @Parameter(hidden = true) Actor actor, String appId, @Body SearchBody body) {
    access.read(actor, appId);
    if (body.query() == null || body.query().isBlank()) {
      throw MemoryException.invalid("query", "is required");
    }
    SearchResult result =
        search.search(
            appId,
            new SearchRequest(
                body.query(),
                MemoryRequests.filter(
                    body.userId() == null || body.userId().isBlank()
                        ? new UserScope.AllUsers()
                        : new UserScope.OneUser(body.userId()),
                    body.filters()),
                body.limit() == null ? SearchController.DEFAULT_LIMIT : body.limit(),
                body.similarityThreshold(),
                body.compositeThreshold(),
                SearchRequest.Mode.HYBRID,
                Boolean.TRUE.equals(body.exact())));
    return new SearchResponse(
        result.hits().stream().map(HitView::of).toList(),
        result.candidates(),
        result.searchTimeMs(),
        new Timings(result.embedMs(), result.vectorMs(), result.keywordMs(), result.fetchMs()));
  }

  /** A memory in any status (not counted as an access: the console only looks). */
  @Operation(operationId = "getAppMemory")
  @Get("/{id}")
  MemoryView get(@Parameter(hidden = true) Actor actor, String appId, String id) {
    access.read(actor, appId);
    return MemoryView.of(reader.get(appId, id));
  }

  @Operation(operationId = "listAppMemoryEvents")
  @Get("/{id}/events")
  List<EventView> events(@Parameter(hidden = true) Actor actor, String appId, String id) {
    access.read(actor, appId);
    return reader.events(appId, id).stream().map(EventView::of).toList();
  }

  @Operation(operationId = "listAppRelatedMemories")
  @Get("/{id}/related")
  List<RelatedView> related(@Parameter(hidden = true) Actor actor, String appId, String id) {
    access.read(actor, appId);
    return reader.related(appId, id).stream().map(RelatedView::of).toList();
  }

  /** The evolution chain, oldest first (as {@code GET /v1/memories/{id}/chain}). */
  @Operation(operationId = "getAppMemoryChain")
  @Get("/{id}/chain")
  ChainView chain(@Parameter(hidden = true) Actor actor, String appId, String id) {
    access.read(actor, appId);
    return ChainView.of(history.chain(appId, id));
  }

  /** The chain as a graph: {@code mermaid} (default), {@code dot} or {@code html}. */
  @Operation(operationId = "getAppMemoryGraph")
  @Get("/{id}/graph")
  @ApiResponse(
      responseCode = "200",
      description = "The chain as a graph in the format asked for",
      content = {
        @Content(mediaType = "text/vnd.mermaid", schema = @Schema(type = "string")),
        @Content(mediaType = "text/vnd.graphviz", schema = @Schema(type = "string")),
        @Content(mediaType = "text/html", schema = @Schema(type = "string"))
      })
  HttpResponse<String> graph(
      @Parameter(hidden = true) Actor actor,
      String appId,
      String id,
      @Nullable @QueryValue("format") String format) {
    access.read(actor, appId);
    GraphFormat f = GraphFormat.parse(format);
    return HttpResponse.ok(EvolutionGraph.render(history.chain(appId, id), f))
        .contentType(f.mediaType());
  }

  /** Marks the memory deleted; its history stays. */
  @Operation(operationId = "deleteAppMemory")
  @Delete("/{id}")
  MemoryView delete(
      @Parameter(hidden = true) Actor actor,
      String appId,
      String id,
      @Nullable @QueryValue String reason) {
    access.write(actor, appId);
    return MemoryView.of(writer.delete(appId, ConsoleAccess.eventActor(actor), id, reason));
  }

  /** Erases a user of the app: every memory, event and relation. No undo. */
  @Operation(operationId = "eraseAppUserMemories")
  @Delete
  Erased eraseUser(
      @Parameter(hidden = true) Actor actor,
      String appId,
      @Nullable @QueryValue("user_id") String userId) {
    access.write(actor, appId);
    if (userId == null || userId.isBlank()) {
      throw MemoryException.invalid("user_id", "is required: the user to erase");
    }
    return new Erased(userId, writer.eraseUser(appId, userId).size());
  }
}
