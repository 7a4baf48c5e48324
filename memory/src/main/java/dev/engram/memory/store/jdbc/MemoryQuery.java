package dev.engram.memory.store.jdbc;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The where clause of a memory listing: app, user and every filter field the database can check,
 * with its parameters. Tags are pre-selected with a {@code like} on their JSON text and metadata
 * not at all; when either is present the caller re-checks rows with {@link MemoryFilter#matches}
 * and pages in Java ({@link #needsRecheck()}).
 */
final class MemoryQuery {
  private final StringBuilder where = new StringBuilder("app_id = ?");
  private final List<Object> parameters = new ArrayList<>();
  private final boolean recheck;

  private MemoryQuery(String appId, MemoryFilter filter, Instant now) {
    parameters.add(appId);
    filter.user().ifPresent(user -> condition("user_id = ?", user));
    equal("session_id", filter.sessionId());
    equal("agent_id", filter.agentId());
    equal("run_id", filter.runId());
    in("type", filter.types(), MemoryType::value);
    in("category", filter.categories(), Function.identity());
    in("status", filter.statuses(), MemoryStatus::value);
    if (filter.minImportance() != null) {
      condition("importance >= ?", filter.minImportance());
    }
    if (filter.createdFrom() != null) {
      condition("created_at >= ?", filter.createdFrom());
    }
    if (filter.createdTo() != null) {
      condition("created_at < ?", filter.createdTo());
    }
    if (filter.validAt() != null) {
      condition("(valid_from is null or valid_from <= ?)", filter.validAt());
      condition("(valid_to is null or valid_to > ?)", filter.validAt());
    }
    condition("(expires_at is null or expires_at > ?)", now);
    if (!filter.tags().isEmpty()) {
      JsonCodec json = new JsonCodec();
      List<String> likes = new ArrayList<>();
      for (String tag : filter.tags()) {
        likes.add("tags like ? escape '!'");
        parameters.add("%" + escapeLike(json.write(tag)) + "%");
      }
      where.append(" and (").append(String.join(" or ", likes)).append(')');
    }
    recheck = !filter.tags().isEmpty() || !filter.metadata().isEmpty();
  }

  static MemoryQuery of(String appId, MemoryFilter filter, Instant now) {
    return new MemoryQuery(appId, filter, now);
  }

  /** The conditions, without the {@code where} keyword. */
  String where() {
    return where.toString();
  }

  List<Object> parameters() {
    return List.copyOf(parameters);
  }

  /** Whether rows may match the SQL without matching the filter (tags, metadata). */
  boolean needsRecheck() {
    return recheck;
  }

  /** {@code order by} clause of the sort: the key, then the id, in the same direction. */
  static String orderBy(MemoryFilter.Sort sort) {
    String column =
        switch (sort.key()) {
          case CREATED_AT -> "created_at";
          case UPDATED_AT -> "updated_at";
          case IMPORTANCE -> "importance";
        };
    String direction = sort.descending() ? " desc" : " asc";
    return " order by " + column + direction + ", id" + direction;
  }

  private void equal(String column, String value) {
    if (value != null) {
      condition(column + " = ?", value);
    }
  }

  private <T> void in(String column, Collection<T> values, Function<T, String> text) {
    if (!values.isEmpty()) {
      where.append(" and ").append(column).append(" in (");
      where.append(Sql.placeholders(values.size())).append(')');
      values.forEach(value -> parameters.add(text.apply(value)));
    }
  }

  private void condition(String sql, Object parameter) {
    where.append(" and ").append(sql);
    parameters.add(parameter);
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
