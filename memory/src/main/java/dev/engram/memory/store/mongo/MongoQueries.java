package dev.engram.memory.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Sorts;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;

/**
 * {@link MemoryFilter} as a MongoDB query. Everything but metadata is exact; string and boolean
 * metadata equalities are pushed down as a pre-selection (MongoDB also matches arrays holding the
 * value), so whenever metadata is filtered the caller re-checks with {@link MemoryFilter#matches}.
 */
final class MongoQueries {
  private MongoQueries() {}

  static Bson filter(MemoryFilter filter, Instant now) {
    List<Bson> conditions = new ArrayList<>();
    filter.user().ifPresent(user -> conditions.add(eq("user_id", user)));
    if (filter.sessionId() != null) {
      conditions.add(eq("session_id", filter.sessionId()));
    }
    if (filter.agentId() != null) {
      conditions.add(eq("agent_id", filter.agentId()));
    }
    if (filter.runId() != null) {
      conditions.add(eq("run_id", filter.runId()));
    }
    if (!filter.types().isEmpty()) {
      conditions.add(in("type", filter.types().stream().map(MemoryType::value).toList()));
    }
    if (!filter.categories().isEmpty()) {
      conditions.add(in("category", filter.categories()));
    }
    if (!filter.tags().isEmpty()) {
      conditions.add(in("tags", filter.tags()));
    }
    if (filter.minImportance() != null) {
      conditions.add(gte("importance", filter.minImportance()));
    }
    if (filter.createdFrom() != null) {
      conditions.add(gte("created_at", MemoryDocuments.micros(filter.createdFrom())));
    }
    if (filter.createdTo() != null) {
      conditions.add(lt("created_at", MemoryDocuments.micros(filter.createdTo())));
    }
    if (filter.validAt() != null) {
      Long at = MemoryDocuments.micros(filter.validAt());
      conditions.add(or(eq("valid_from", null), lte("valid_from", at)));
      conditions.add(or(eq("valid_to", null), gt("valid_to", at)));
    }
    for (Map.Entry<String, Object> entry : filter.metadata().entrySet()) {
      if (pushable(entry.getKey(), entry.getValue())) {
        conditions.add(eq("metadata." + entry.getKey(), entry.getValue()));
      }
    }
    conditions.add(in("status", filter.statuses().stream().map(MemoryStatus::value).toList()));
    conditions.add(notExpired(now));
    return and(conditions);
  }

  /** Memories whose time to live has not ended at {@code now}. */
  static Bson notExpired(Instant now) {
    return or(eq("expires_at", null), gt("expires_at", MemoryDocuments.micros(now)));
  }

  /** Whether the filter needs {@link MemoryFilter#matches} after the query. */
  static boolean needsRecheck(MemoryFilter filter) {
    return !filter.metadata().isEmpty();
  }

  /** The listing order: the key, then the id, in the same direction. */
  static Bson sort(MemoryFilter.Sort sort) {
    String field =
        switch (sort.key()) {
          case CREATED_AT -> "created_at";
          case UPDATED_AT -> "updated_at";
          case IMPORTANCE -> "importance";
        };
    return sort.descending() ? Sorts.descending(field, "_id") : Sorts.ascending(field, "_id");
  }

  private static boolean pushable(String key, Object value) {
    return (value instanceof String || value instanceof Boolean)
        && !key.contains(".")
        && !key.startsWith("$");
  }
}
