package dev.engram.api.v1;

import dev.engram.analytics.SearchFact;
import dev.engram.analytics.SearchRecorder;
import dev.engram.analytics.tools.ToolService;
import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.MemoryBodies.SearchBody;
import dev.engram.api.v1.MemoryViews.HitView;
import dev.engram.api.v1.MemoryViews.SearchResponse;
import dev.engram.api.v1.MemoryViews.Timings;
import dev.engram.memory.MemoryException;
import dev.engram.memory.UserScope;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.SearchRequest;
import dev.engram.memory.search.SearchResult;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;

/** Hybrid (vector + BM25) search with composite scoring. */
@ApiKeyOperations
@Controller("/v1/memories/search")
@Tag(name = "Memories")
final class SearchController {
  static final int DEFAULT_LIMIT = 10;

  private final MemorySearch search;
  private final SearchRecorder searches;
  private final ToolService tools;
  private final Clock clock;

  SearchController(MemorySearch search, SearchRecorder searches, ToolService tools, Clock clock) {
    this.search = search;
    this.searches = searches;
    this.tools = tools;
    this.clock = clock;
  }

  private static SearchRequest.Mode mode(String mode) {
    return switch (mode == null ? "hybrid" : mode) {
      case "hybrid" -> SearchRequest.Mode.HYBRID;
      case "vector" -> SearchRequest.Mode.VECTOR;
      case "keyword" -> SearchRequest.Mode.KEYWORD;
      default -> throw MemoryException.invalid("mode", "must be hybrid, vector or keyword");
    };
  }

  /** The best memories for a query, each with relevance, composite score and its components. */
  @Operation(operationId = "searchMemories")
  @ApiResponse(
      responseCode = "200",
      description = "The hits, best first, with the score components and timings",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = SearchResponse.class),
              examples = @ExampleObject(name = "searchMemories", value = ResponseExamples.SEARCH)))
  @Post
  @Secured("memories:read")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = SearchBody.class),
              examples = {
                @ExampleObject(
                    name = "search",
                    summary = "Hybrid search with filters",
                    value =
                        "{\"query\":\"how should we ship her order?\",\"user_id\":\"alice\",\"limit\":5,\"filters\":{\"categories\":[\"shopping\"],\"min_importance\":5}}")
              }))
  SearchResponse search(
      @Parameter(hidden = true) AppScope scope,
      @Body SearchBody body,
      @Nullable @Header(ToolService.HEADER) String tool) {
    if (body.query() == null) {
      throw MemoryException.invalid("query", "is required");
    }
    String toolId = tools.attribution(scope.appId(), tool);
    UserScope user = MemoryRequests.requireUser(scope, body.userId());
    SearchResult result =
        search.search(
            scope.appId(),
            new SearchRequest(
                body.query(),
                MemoryRequests.filter(user, body.filters()),
                body.limit() == null ? DEFAULT_LIMIT : body.limit(),
                body.similarityThreshold(),
                body.compositeThreshold(),
                mode(body.mode()),
                Boolean.TRUE.equals(body.exact())));
    // counted for retrieval analytics (volume, hit rate, latency) off the request path
    searches.record(
        new SearchFact(
            scope.appId(),
            user.user().orElse(null),
            toolId,
            result.hits().size(),
            !result.hits().isEmpty(),
            result.searchTimeMs(),
            clock.instant()));
    return new SearchResponse(
        result.hits().stream().map(HitView::of).toList(),
        result.candidates(),
        result.searchTimeMs(),
        new Timings(result.embedMs(), result.vectorMs(), result.keywordMs(), result.fetchMs()));
  }
}
