package dev.engram.api.v1;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.api.v1.MemoryViews.MemoryView;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.read.EntityReader;
import dev.engram.tenancy.AppScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * The entity graph of a user's memories: the people, places, organizations, products and dates they
 * name (found by rules when a memory is written), and the memories that name one. Search follows
 * the same links when {@code engram.scoring.entity-weight} is set (docs/memories.md).
 */
@ApiKeyOperations
@Controller("/v1/users/{user_id}/entities")
@Tag(name = "Memories")
final class EntityController {
  private final EntityReader reader;

  EntityController(EntityReader reader) {
    this.reader = reader;
  }

  /**
   * The entities the user's active memories name, the most often named first, each with how many
   * memories name it; {@code kind} keeps one kind ({@code person}, {@code place}, {@code
   * organization}, {@code product}, {@code date}); {@code limit} 1 to 1000 (default 100).
   */
  @Operation(operationId = "listUserEntities")
  @Get
  @Secured("memories:read")
  EntitiesView entities(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable("user_id") String userId,
      @Nullable @QueryValue("kind") String kind,
      @Nullable @QueryValue("limit") Integer limit) {
    return new EntitiesView(
        userId,
        reader.entities(scope.appId(), userId, kind, limit).stream().map(EntityView::of).toList());
  }

  /**
   * The user's active memories that name the entity, newest first: {@code entity} is a key from the
   * list above or a name as written ("New York"); {@code limit} 1 to 1000 (default 100).
   */
  @Operation(operationId = "listEntityMemories")
  @Get("/{entity}/memories")
  @Secured("memories:read")
  EntityMemoriesView memories(
      @Parameter(hidden = true) AppScope scope,
      @PathVariable("user_id") String userId,
      @PathVariable("entity") String entity,
      @Nullable @QueryValue("limit") Integer limit) {
    return new EntityMemoriesView(
        userId,
        EntityReader.key(entity),
        reader.memories(scope.appId(), userId, entity, limit).stream()
            .map(MemoryView::of)
            .toList());
  }

  /** An entity and how many of the user's active memories name it. */
  @Serdeable
  record EntityView(String key, String name, String kind, long memories) {
    static EntityView of(EntityCount c) {
      return new EntityView(c.key(), c.name(), c.kind().value(), c.memories());
    }
  }

  /** The entities of a user. */
  @Serdeable
  record EntitiesView(String userId, List<EntityView> entities) {}

  /** The memories that name an entity. */
  @Serdeable
  record EntityMemoriesView(String userId, String entity, List<MemoryView> memories) {}
}
