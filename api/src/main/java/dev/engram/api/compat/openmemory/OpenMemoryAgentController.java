package dev.engram.api.compat.openmemory;

import dev.engram.api.compat.CompatException;
import dev.engram.api.compat.PathIds;
import dev.engram.api.compat.openmemory.OpenMemoryBodies.AgentBody;
import dev.engram.api.compat.openmemory.OpenMemoryViews.AgentSaved;
import dev.engram.api.compat.openmemory.OpenMemoryViews.AgentView;
import dev.engram.api.compat.openmemory.OpenMemoryViews.ListResponse;
import dev.engram.api.compat.profile.AgentProfile;
import dev.engram.api.compat.profile.AgentProfiles;
import dev.engram.api.openapi.OpenMemoryOperations;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.UserScope;
import dev.engram.memory.read.MemoryReader;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Set;

/**
 * OpenMemory agent profiles (seed 003 "OpenMemory API Reference" 1, 2 and 5): a profile per agent
 * and caller with a time to live, and the memories of a caller with an agent.
 */
@OpenMemoryOperations
@Controller("/api/v1/agents")
@Tag(name = "Compatibility: OpenMemory")
final class OpenMemoryAgentController {
  static final int DEFAULT_PAGE = 50;

  private final AgentProfiles profiles;
  private final MemoryReader reader;

  OpenMemoryAgentController(AgentProfiles profiles, MemoryReader reader) {
    this.profiles = profiles;
    this.reader = reader;
  }

  /**
   * Creates or updates the profile of an agent for a caller; it lives {@code ttl_hours} (24 by
   * default) from this write.
   */
  @Operation(operationId = "openMemorySaveAgent")
  @Post
  @Secured("memories:write")
  AgentSaved save(@Parameter(hidden = true) AppScope scope, @Body AgentBody body) {
    AgentProfile p =
        profiles.put(
            scope.appId(), body.agentId(), body.callerId(), body.profileData(), body.ttlHours());
    return new AgentSaved(
        OpenMemoryViews.SUCCESS, p.agentId(), p.callerId(), p.expiresAt(), p.createdAt());
  }

  /** The profile of an agent for a caller with the number of their memories; 404 once expired. */
  @Operation(operationId = "openMemoryGetCallerProfile")
  @Get("/{agentId:[^/]+}/callers/{callerId:[^/]+}")
  @Secured("memories:read")
  AgentView profile(
      @Parameter(hidden = true) AppScope scope,
      String agentId,
      String callerId,
      HttpRequest<?> request) {
    // the raw path: a "+" in a caller id (a phone number) is a plus, not a space
    return profile(scope, PathIds.after(request, "agents"), PathIds.after(request, "callers"));
  }

  private AgentView profile(AppScope scope, String agentId, String callerId) {
    AgentProfile p =
        profiles
            .find(scope.appId(), agentId, callerId)
            .orElseThrow(
                () ->
                    CompatException.notFound(
                        "Agent profile not found: agent " + agentId + ", caller " + callerId));
    return view(scope.appId(), p, reader);
  }

  static AgentView view(String appId, AgentProfile p, MemoryReader reader) {
    long count =
        reader
            .list(
                appId, agentFilter(p.callerId(), p.agentId()), MemoryFilter.Sort.NEWEST_FIRST, 1, 0)
            .total();
    return new AgentView(
        p.agentId(), p.callerId(), p.profileData(), p.expiresAt(), p.createdAt(), count);
  }

  /**
   * The memories of a caller with an agent: {@code limit} (default 50), {@code offset}, {@code
   * sort_by} importance, created_at or relevance (without a query, relevance is importance), {@code
   * order} asc or desc (default desc).
   */
  @Operation(operationId = "openMemoryListCallerMemories")
  @Get("/{agentId:[^/]+}/callers/{callerId:[^/]+}/memories")
  @Secured("memories:read")
  ListResponse memories(
      @Parameter(hidden = true) AppScope scope,
      String agentId,
      String callerId,
      HttpRequest<?> request,
      @Nullable @QueryValue String limit,
      @Nullable @QueryValue String offset,
      @Nullable @QueryValue("sort_by") String sortBy,
      @Nullable @QueryValue String order) {
    // the raw path: a "+" in a caller id (a phone number) is a plus, not a space
    agentId = PathIds.after(request, "agents");
    callerId = PathIds.after(request, "callers");
    int pageSize = number("limit", limit, DEFAULT_PAGE);
    int from = number("offset", offset, 0);
    MemoryFilter.SortKey key =
        switch (sortBy == null ? "created_at" : sortBy.toLowerCase(Locale.ROOT)) {
          case "created_at" -> MemoryFilter.SortKey.CREATED_AT;
          case "importance", "relevance" -> MemoryFilter.SortKey.IMPORTANCE;
          default ->
              throw MemoryException.invalid(
                  "sort_by", "must be importance, created_at or relevance");
        };
    String direction = order == null ? "desc" : order.toLowerCase(Locale.ROOT);
    if (!Set.of("asc", "desc").contains(direction)) {
      throw MemoryException.invalid("order", "must be asc or desc");
    }
    MemoryFilter.Page page =
        reader.list(
            scope.appId(),
            agentFilter(callerId, agentId),
            new MemoryFilter.Sort(key, direction.equals("desc")),
            pageSize,
            from);
    return new ListResponse(
        OpenMemoryViews.SUCCESS,
        page.memories().stream().map(m -> OpenMemoryMapping.view(m, null)).toList(),
        page.total(),
        pageSize,
        from);
  }

  static MemoryFilter agentFilter(String callerId, @Nullable String agentId) {
    return new MemoryFilter(
        new UserScope.OneUser(callerId),
        null,
        agentId,
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        null,
        null,
        null,
        null,
        java.util.Map.of(),
        Set.of());
  }

  private static int number(String field, @Nullable String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw MemoryException.invalid(field, "must be an integer");
    }
  }
}
