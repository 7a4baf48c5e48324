package dev.engram.api.compat.openmemory;

import dev.engram.api.compat.CompatException;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.BatchBody;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.SearchBody;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.SearchFilters;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.StoreBody;
import dev.engram.api.compat.openmemory.OpenMemoryViews.BatchStored;
import dev.engram.api.compat.openmemory.OpenMemoryViews.Deleted;
import dev.engram.api.compat.openmemory.OpenMemoryViews.SearchResponse;
import dev.engram.api.compat.openmemory.OpenMemoryViews.Stored;
import dev.engram.api.openapi.OpenMemoryOperations;
import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.UserScope;
import dev.engram.memory.search.MemorySearch;
import dev.engram.memory.search.SearchRequest;
import dev.engram.memory.search.SearchResult;
import dev.engram.memory.write.MemoryWriter;
import dev.engram.memory.write.NewMemory;
import dev.engram.tenancy.AppScope;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** OpenMemory memories (seed 003 "OpenMemory API Reference" 3, 4 and 6, and batches). */
@OpenMemoryOperations
@Controller("/api/v1/memories")
@Tag(name = "Compatibility: OpenMemory")
final class OpenMemoryController {
  static final int DEFAULT_LIMIT = 10;
  static final int MAX_BATCH = 1000;

  private final OpenMemoryWrites writes;
  private final MemorySearch search;
  private final MemoryWriter writer;

  OpenMemoryController(OpenMemoryWrites writes, MemorySearch search, MemoryWriter writer) {
    this.writes = writes;
    this.search = search;
    this.writer = writer;
  }

  /**
   * Stores one memory through the resolver. A paraphrase of an existing memory reinforces it
   * ({@code action: "reinforced"}, {@code deduplication.is_duplicate: true}, the existing {@code
   * memory_id}); a contradiction supersedes the old memory ({@code action: "updated"}, the new
   * {@code memory_id} and {@code superseded_memory_id}). {@code embedding} is accepted and ignored.
   * 201 when a memory was created, 200 otherwise.
   */
  @Operation(operationId = "openMemoryStore")
  @Post
  @Secured("memories:write")
  HttpResponse<Stored> store(@Parameter(hidden = true) AppScope scope, @Body StoreBody body) {
    Stored stored = writes.store(scope, List.of(OpenMemoryMapping.newMemory("", body))).get(0);
    return HttpResponse.status(status(stored)).body(stored);
  }

  /** Stores up to 1,000 memories in one request, resolved in order; all are checked first. */
  @Operation(operationId = "openMemoryStoreBatch")
  @Post("/batch")
  @Secured("memories:write")
  HttpResponse<BatchStored> batch(@Parameter(hidden = true) AppScope scope, @Body BatchBody body) {
    if (body.memories() == null || body.memories().isEmpty()) {
      throw MemoryException.invalid("memories", "is required: a list of memories");
    }
    if (body.memories().size() > MAX_BATCH) {
      throw MemoryException.invalid("memories", "at most " + MAX_BATCH + " per batch");
    }
    List<NewMemory> batch = new ArrayList<>(body.memories().size());
    for (int i = 0; i < body.memories().size(); i++) {
      batch.add(OpenMemoryMapping.newMemory("memories[" + i + "].", body.memories().get(i)));
    }
    List<Stored> results = writes.store(scope, batch);
    boolean created = results.stream().anyMatch(s -> s.action().equals("created"));
    return HttpResponse.status(created ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new BatchStored(OpenMemoryViews.SUCCESS, results, results.size()));
  }

  /**
   * Semantic (hybrid) search over a caller's memories, of one agent when {@code agent_id} is given:
   * {@code filters.min_importance}, {@code filters.categories}, {@code filters.tags}, {@code
   * filters.date_range} (creation time, start inclusive, end exclusive), {@code limit} (default 10)
   * and {@code min_relevance} (0 to 1, on {@code relevance_score}).
   */
  @Operation(operationId = "openMemorySearch")
  @Post("/search")
  @Secured("memories:read")
  SearchResponse search(@Parameter(hidden = true) AppScope scope, @Body SearchBody body) {
    String caller = OpenMemoryMapping.required("caller_id", body.callerId());
    String query = OpenMemoryMapping.required("query", body.query());
    if (body.minRelevance() != null && (body.minRelevance() < 0 || body.minRelevance() > 1)) {
      throw MemoryException.invalid("min_relevance", "must be between 0 and 1");
    }
    SearchResult result =
        search.search(
            scope.appId(),
            SearchRequest.of(
                query,
                filter(caller, body.agentId(), body.filters()),
                body.limit() == null ? DEFAULT_LIMIT : body.limit()));
    var memories =
        result.hits().stream()
            .filter(h -> body.minRelevance() == null || h.relevance() >= body.minRelevance())
            .map(h -> OpenMemoryMapping.view(h.memory(), round(h.relevance())))
            .toList();
    return new SearchResponse(
        OpenMemoryViews.SUCCESS,
        query,
        memories,
        memories.size(),
        Math.round(result.searchTimeMs()));
  }

  /** Deletes a memory (its history stays in the event log). */
  @Operation(operationId = "openMemoryDelete")
  @Delete("/{memoryId:[^/]+}")
  @Secured("memories:write")
  Deleted delete(@Parameter(hidden = true) AppScope scope, String memoryId) {
    Memory deleted = writer.delete(scope.appId(), scope.keyId(), memoryId, "OpenMemory DELETE");
    return new Deleted(OpenMemoryViews.SUCCESS, deleted.id(), deleted.updatedAt());
  }

  static MemoryFilter filter(String caller, String agentId, SearchFilters f) {
    if (f == null) {
      return OpenMemoryAgentController.agentFilter(caller, agentId);
    }
    if (f.minImportance() != null && (f.minImportance() < 1 || f.minImportance() > 10)) {
      throw MemoryException.invalid("filters.min_importance", "must be between 1 and 10");
    }
    Instant start = f.dateRange() == null ? null : f.dateRange().start();
    Instant end = f.dateRange() == null ? null : f.dateRange().end();
    if (start != null && end != null && !start.isBefore(end)) {
      throw CompatException.invalid("filters.date_range", "start must be before end");
    }
    return new MemoryFilter(
        new UserScope.OneUser(caller),
        null,
        agentId,
        null,
        Set.of(),
        set("filters.categories", f.categories()),
        set("filters.tags", f.tags()),
        f.minImportance(),
        start,
        end,
        null,
        Map.of(),
        Set.of());
  }

  private static Set<String> set(String field, List<String> values) {
    if (values == null) {
      return Set.of();
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw MemoryException.invalid(field + "[" + i + "]", "must be a string");
      }
    }
    return Set.copyOf(values);
  }

  private static HttpStatus status(Stored stored) {
    return stored.action().equals("created") || stored.action().equals("updated")
        ? HttpStatus.CREATED
        : HttpStatus.OK;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
