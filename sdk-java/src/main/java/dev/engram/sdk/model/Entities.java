package dev.engram.sdk.model;

import java.util.List;

/**
 * The entities of a user ({@code GET /v1/users/{user_id}/entities}), the most often named first.
 */
public record Entities(String userId, List<Entity> entities) {
  public Entities {
    entities = Norm.list(entities);
  }
}
