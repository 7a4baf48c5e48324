package dev.engram.api.compat.mem0;

import dev.engram.api.compat.CompatException;
import dev.engram.api.openapi.Mem0Operations;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.SearchHit;
import dev.engram.memory.search.SearchRequest;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * mem0's searches and filtered lists under {@code /mem0}: {@code POST /v1|v2|v3/memories/search/},
 * {@code POST /v2|v3/memories/} and the v3 add. Entity ids come at the top level (v1) or inside
 * {@code filters} (v2, v3); see {@link Mem0Filters}.
 */
@Mem0Operations
@Controller(Mem0Paths.BASE)
@Tag(name = "Compatibility: mem0")
final class Mem0SearchController {
  private static final int DEFAULT_TOP_K = 10;

  private final Mem0Memories memories;
  private final MemorySearch search;

  Mem0SearchController(Mem0Memories memories, MemorySearch search) {
    this.memories = memories;
    this.search = search;
  }

  /** v1 search: a bare list of hits ({@code {results}} with {@code output_format: "v1.1"}). */
  @Operation(operationId = "mem0SearchMemories")
  @Post("/v1/memories/search")
  @Secured("memories:read")
  Object searchV1(@Parameter(hidden = true) AppScope scope, @Body Map<String, Object> body) {
    List<Map<String, Object>> hits = hits(scope, body);
    return Mem0Bodies.wrapped(body) ? Map.of("results", hits) : hits;
  }

  /** v2 search ({@code filters}): a bare list ({@code {results}} with {@code v1.1}). */
  @Operation(operationId = "mem0SearchMemoriesV2")
  @Post("/v2/memories/search")
  @Secured("memories:read")
  Object searchV2(@Parameter(hidden = true) AppScope scope, @Body Map<String, Object> body) {
    return searchV1(scope, body);
  }

  /** v3 search: {@code {results: [...]}}. */
  @Operation(operationId = "mem0SearchMemoriesV3")
  @ApiResponse(
      responseCode = "200",
      description = "The hits, best first",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Hits.class)))
  @Post("/v3/memories/search")
  @Secured("memories:read")
  Map<String, Object> searchV3(
      @Parameter(hidden = true) AppScope scope, @Body Map<String, Object> body) {
    return Map.of("results", hits(scope, body));
  }

  /**
   * v2 list ({@code filters}): a bare list, or mem0's page with {@code page} and {@code page_size}.
   */
  @Operation(operationId = "mem0ListMemoriesV2")
  @Post("/v2/memories")
  @Secured("memories:read")
  Object listV2(
      @Parameter(hidden = true) AppScope scope,
      HttpRequest<?> request,
      @Body Map<String, Object> body) {
    List<Map<String, Object>> all = all(scope, body);
    var params = request.getParameters();
    if (params.get("page") == null && params.get("page_size") == null) {
      return all;
    }
    return page(request, all);
  }

  /** v3 list ({@code filters}): always mem0's page {@code {count, next, previous, results}}. */
  @Operation(operationId = "mem0ListMemoriesV3")
  @ApiResponse(
      responseCode = "200",
      description = "A page of memories",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Mem0Schemas.Page.class)))
  @Post("/v3/memories")
  @Secured("memories:read")
  Map<String, Object> listV3(
      @Parameter(hidden = true) AppScope scope,
      HttpRequest<?> request,
      @Body Map<String, Object> body) {
    return page(request, all(scope, body));
  }

  /**
   * v3 add: answered at once, {@code {message, status: "PENDING", event_id}} (the fast path's
   * memories, {@code infer: false}, are stored by then); with {@code async_mode: false}, like v1,
   * once the ingestion is done ({@code {results: [{id, memory, event: "ADD", …}]}}), or still
   * pending when it takes longer than the synchronous wait.
   */
  @Operation(operationId = "mem0AddMemoriesV3")
  @Post("/v3/memories/add")
  @Secured("memories:write")
  Map<String, Object> addV3(
      @Parameter(hidden = true) AppScope scope, @Body Map<String, Object> body) {
    Mem0Memories.Added added = memories.add(scope, body, true);
    if (added.pending() || !Boolean.FALSE.equals(Mem0Bodies.bool(body, "async_mode"))) {
      return Mem0Views.pending(added.eventId());
    }
    return Map.of("results", added.stored().stream().map(m -> Mem0Views.added(m, "ADD")).toList());
  }

  private List<Map<String, Object>> all(AppScope scope, Map<String, Object> body) {
    return memories.list(scope, selection(body)).stream().map(Mem0Views::memory).toList();
  }

  private static Map<String, Object> page(HttpRequest<?> request, List<Map<String, Object>> all) {
    var params = request.getParameters();
    return Mem0Views.page(
        all,
        Mem0Bodies.positive(params.get("page"), "page", 1, 1_000_000),
        Mem0Bodies.positive(params.get("page_size"), "page_size", 100, 1000),
        request.getPath(),
        "");
  }

  private List<Map<String, Object>> hits(AppScope scope, Map<String, Object> body) {
    String query = Mem0Bodies.string(body, "query");
    if (query == null) {
      throw CompatException.invalid("query", "is required");
    }
    Object k = body.containsKey("top_k") ? body.get("top_k") : body.get("limit");
    int topK = Mem0Bodies.positive(k, "top_k", DEFAULT_TOP_K, MemorySearch.MAX_LIMIT);
    Double threshold = threshold(body.get("threshold"));
    Mem0Selection selection = selection(body);
    int candidates = Math.min(MemorySearch.MAX_LIMIT, topK * 4 + 20);
    List<SearchHit> found =
        search
            .search(scope.appId(), SearchRequest.of(query, selection.storeFilter(), candidates))
            .hits();
    return found.stream()
        .filter(h -> selection.predicate().test(h.memory()))
        .filter(h -> threshold == null || h.relevance() >= threshold)
        .limit(topK)
        .map(h -> Mem0Views.hit(h.memory(), h.relevance()))
        .toList();
  }

  private static @Nullable Double threshold(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
      throw CompatException.invalid("threshold", "must be a number from 0 to 1");
    }
    return n.doubleValue();
  }

  private static Mem0Selection selection(Map<String, Object> body) {
    Map<String, String> ids = new HashMap<>();
    for (String key : List.of("user_id", "agent_id", "run_id")) {
      ids.put(key, Mem0Bodies.string(body, key));
    }
    return Mem0Filters.compile(body.get("filters"), ids);
  }
}
