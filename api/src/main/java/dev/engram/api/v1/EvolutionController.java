package dev.engram.api.v1;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.EvolutionViews.ChainView;
import dev.engram.api.v1.EvolutionViews.ReportView;
import dev.engram.memory.history.EvolutionGraph;
import dev.engram.memory.history.EvolutionHistory;
import dev.engram.memory.history.EvolutionReport;
import dev.engram.memory.history.EvolutionReports;
import dev.engram.memory.history.GraphFormat;
import dev.engram.memory.history.ReportFormat;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** How a memory evolved: its chain of versions, drawn as a graph, and a report of every change. */
@ApiKeyOperations
@Controller("/v1/memories/{id}")
@Tag(name = "Memories")
final class EvolutionController {
  private final EvolutionHistory history;

  EvolutionController(EvolutionHistory history) {
    this.history = history;
  }

  /**
   * The full chain from the original to the current memory, oldest first, whichever member is asked
   * for: each version with status, content, validity and the event that made it.
   */
  @Operation(operationId = "getMemoryChain")
  @Get("/chain")
  @Secured("memories:read")
  ChainView chain(@Parameter(hidden = true) AppScope scope, String id) {
    return ChainView.of(history.chain(scope.appId(), id));
  }

  /**
   * The chain as a graph: {@code mermaid} (default, {@code text/vnd.mermaid}), {@code dot}
   * (Graphviz, {@code text/vnd.graphviz}) or {@code html} (a self-contained page with an inline
   * SVG; no script, nothing loaded from the network).
   */
  @Operation(operationId = "getMemoryGraph")
  @Get("/graph")
  @Secured("memories:read")
  @ApiResponse(
      responseCode = "200",
      description = "The chain as a graph in the format asked for",
      content = {
        @Content(mediaType = "text/vnd.mermaid", schema = @Schema(type = "string")),
        @Content(mediaType = "text/vnd.graphviz", schema = @Schema(type = "string")),
        @Content(mediaType = "text/html", schema = @Schema(type = "string"))
      })
  HttpResponse<String> graph(
      @Parameter(hidden = true) AppScope scope,
      String id,
      @Nullable @QueryValue("format") String format) {
    GraphFormat f = GraphFormat.parse(format);
    String body = EvolutionGraph.render(history.chain(scope.appId(), id), f);
    return HttpResponse.ok(body).contentType(f.mediaType());
  }

  /**
   * What happened to the memory over its whole chain: the current state, counts (versions,
   * reinforcements, updates, deletes) and a timeline of every event with time, actor, engine and
   * reason, as {@code markdown} (default), {@code text} or {@code json}.
   */
  @Operation(operationId = "getMemoryReport")
  @Get("/report")
  @Secured("memories:read")
  @ApiResponse(
      responseCode = "200",
      description = "The report in the format asked for",
      content = {
        @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
        @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ReportView.class))
      })
  HttpResponse<?> report(
      @Parameter(hidden = true) AppScope scope,
      String id,
      @Nullable @QueryValue("format") String format) {
    ReportFormat f = ReportFormat.parse(format);
    EvolutionReport report = history.report(scope.appId(), id);
    return switch (f) {
      case MARKDOWN ->
          HttpResponse.ok(EvolutionReports.markdown(report)).contentType(f.mediaType());
      case TEXT -> HttpResponse.ok(EvolutionReports.text(report)).contentType(f.mediaType());
      case JSON -> HttpResponse.ok(ReportView.of(report)).contentType(f.mediaType());
    };
  }
}
