package dev.engram.sdk.model;

import java.util.List;

/**
 * The user's active memories that name an entity, newest first ({@code GET
 * /v1/users/{user_id}/entities/{entity}/memories}); {@code entity} is the key the server looked up.
 */
public record EntityMemories(String userId, String entity, List<Memory> memories) {
  public EntityMemories {
    memories = Norm.list(memories);
  }
}
