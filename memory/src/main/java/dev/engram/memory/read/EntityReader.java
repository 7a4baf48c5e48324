package dev.engram.memory.read;

import dev.engram.memory.Memory;
import dev.engram.memory.MemoryException;
import dev.engram.memory.entity.Entities;
import dev.engram.memory.entity.Entity;
import dev.engram.memory.entity.EntityCount;
import dev.engram.memory.entity.EntityKind;
import dev.engram.memory.store.MemoryStore;
import dev.engram.memory.write.MemoryLimits;
import dev.engram.memory.write.MemoryValidator;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entity graph of a user's memories: which entities they name ({@code GET
 * /v1/users/{user_id}/entities}) and which memories name one ({@code
 * …/entities/{entity}/memories}). Only active, unexpired memories count.
 */
@Singleton
public class EntityReader {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  private final MemoryStore store;
  private final MemoryValidator validator;
  private final Clock clock;

  public EntityReader(MemoryStore store, MemoryLimits limits, Clock clock) {
    this.store = store;
    this.validator = new MemoryValidator(limits);
    this.clock = clock;
  }

  /** The user's entities, most memories first; {@code kind} and {@code limit} optional. */
  public List<EntityCount> entities(
      String appId, String userId, @Nullable String kind, @Nullable Integer limit) {
    user(userId);
    EntityKind wanted = null;
    if (kind != null) {
      wanted = EntityKind.fromValue(kind);
      if (wanted == null) {
        throw MemoryException.invalid(
            "kind", "must be one of person, place, organization, product, date");
      }
    }
    return store.entities(appId, userId, wanted, limit(limit), clock.instant());
  }

  /**
   * The user's memories that name the entity (its key, or its name as written: "New York"), newest
   * first.
   */
  public List<Memory> memories(
      String appId, String userId, String entity, @Nullable Integer limit) {
    user(userId);
    String key = key(entity);
    Instant now = clock.instant();
    List<String> ids = store.memoriesNaming(appId, userId, key, limit(limit), now);
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      order.put(ids.get(i), i);
    }
    return store.findAll(appId, ids, now).stream()
        .sorted(Comparator.comparingInt(m -> order.get(m.id())))
        .toList();
  }

  /** The key an entity is asked for by: validated, then as {@link Entities#key} writes it. */
  public static String key(@Nullable String entity) {
    if (entity == null || entity.isBlank()) {
      throw MemoryException.invalid("entity", "must not be blank");
    }
    if (entity.length() > Entity.MAX_LENGTH) {
      throw MemoryException.invalid(
          "entity", "must be at most " + Entity.MAX_LENGTH + " characters");
    }
    MemoryValidator.text("entity", entity);
    return Entities.key(entity);
  }

  private void user(@Nullable String userId) {
    if (userId == null || userId.isBlank()) {
      throw MemoryException.invalid("user_id", "is required");
    }
    validator.id("user_id", userId);
  }

  private static int limit(@Nullable Integer limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw MemoryException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return limit;
  }
}
