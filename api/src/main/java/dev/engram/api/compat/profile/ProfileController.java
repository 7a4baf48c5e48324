package dev.engram.api.compat.profile;

import dev.engram.api.compat.CompatException;
import dev.engram.api.compat.PathIds;
import dev.engram.api.openapi.ApiKeyOperations;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Agent profiles in the native API: what an agent keeps about a caller (the user), with a time to
 * live. The same profiles as OpenMemory's {@code /api/v1/agents}.
 */
@ApiKeyOperations
@Controller("/v1/profiles")
@Tag(name = "Agent profiles")
final class ProfileController {
  private final AgentProfiles profiles;
  private final MemoryReader reader;

  ProfileController(AgentProfiles profiles, MemoryReader reader) {
    this.profiles = profiles;
    this.reader = reader;
  }

  /**
   * A profile write: {@code profile_data} (a JSON object) lives {@code ttl_hours} (default {@code
   * engram.compat.profiles.default-ttl-hours}, 24) from now.
   */
  @Serdeable
  record ProfileBody(
      @Nullable String agentId,
      @Nullable String callerId,
      @Nullable Map<String, Object> profileData,
      @Nullable Integer ttlHours) {}

  /**
   * A profile.
   *
   * @param memoryCount active memories of the caller with this agent
   */
  @Serdeable
  record ProfileView(
      String agentId,
      String callerId,
      Map<String, Object> profileData,
      Instant createdAt,
      Instant updatedAt,
      Instant expiresAt,
      @Nullable Long memoryCount) {}

  @Operation(operationId = "saveProfile")
  @Post
  @Secured("memories:write")
  ProfileView save(@Parameter(hidden = true) AppScope scope, @Body ProfileBody body) {
    AgentProfile p =
        profiles.put(
            scope.appId(), body.agentId(), body.callerId(), body.profileData(), body.ttlHours());
    return view(p, null);
  }

  /** The profile, with its caller's memory count with the agent; 404 when absent or expired. */
  @Operation(operationId = "getProfile")
  @Get("/{agentId:[^/]+}/callers/{callerId:[^/]+}")
  @Secured("memories:read")
  ProfileView get(
      @Parameter(hidden = true) AppScope scope,
      String agentId,
      String callerId,
      HttpRequest<?> request) {
    // the raw path: a "+" in a caller id (a phone number) is a plus, not a space
    return get(scope, PathIds.after(request, "profiles"), PathIds.after(request, "callers"));
  }

  private ProfileView get(AppScope scope, String agentId, String callerId) {
    AgentProfile p =
        profiles
            .find(scope.appId(), agentId, callerId)
            .orElseThrow(
                () ->
                    new CompatException(
                        404,
                        "profile_not_found",
                        "no live profile of agent " + agentId + " for caller " + callerId,
                        null));
    MemoryFilter filter =
        new MemoryFilter(
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
            Map.of(),
            Set.of());
    long count = reader.list(scope.appId(), filter, MemoryFilter.Sort.NEWEST_FIRST, 1, 0).total();
    return view(p, count);
  }

  private static ProfileView view(AgentProfile p, @Nullable Long count) {
    return new ProfileView(
        p.agentId(),
        p.callerId(),
        p.profileData(),
        p.createdAt(),
        p.updatedAt(),
        p.expiresAt(),
        count);
  }
}
