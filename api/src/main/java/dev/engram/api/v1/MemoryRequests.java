package dev.engram.api.v1;

import dev.engram.api.v1.MemoryBodies.FiltersBody;
import dev.engram.api.v1.MemoryBodies.MemoryBody;
import dev.engram.api.v1.MemoryBodies.SourceBody;
import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.Source;
import dev.engram.memory.UserScope;
import dev.engram.memory.write.MemoryValidator;
import dev.engram.memory.write.NewMemory;
import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns request bodies and query parameters into engine values, naming fields at fault. */
final class MemoryRequests {
  private MemoryRequests() {}

  /**
   * Whose memories a read may see, as the engine's {@link UserScope} decides for this key: only
   * keys with the admin scope may read across users.
   */
  static UserScope requireUser(AppScope scope, @Nullable String userId) {
    return UserScope.of(userId, scope.scopes().contains(Scope.ADMIN));
  }

  static List<NewMemory> newMemories(MemoryBody body, Instant now) {
    if (body.memories() == null) {
      return List.of(newMemory(body, body, "", now));
    }
    if (body.content() != null) {
      throw MemoryException.invalid(
          "content", "send either one memory or a 'memories' batch, not both");
    }
    List<NewMemory> batch = new ArrayList<>(body.memories().size());
    for (int i = 0; i < body.memories().size(); i++) {
      MemoryBody item = body.memories().get(i);
      String prefix = "memories[" + i + "].";
      if (item == null) {
        throw MemoryException.invalid("memories[" + i + "]", "must not be null");
      }
      if (item.memories() != null) {
        throw MemoryException.invalid(prefix + "memories", "batches do not nest");
      }
      if (item.resolve() != null) {
        throw MemoryException.invalid(
            prefix + "resolve", "applies to the whole batch: set it once at the top level");
      }
      batch.add(newMemory(item, body, prefix, now));
    }
    return batch;
  }

  /**
   * The batch attributed to the request's tool ({@code X-Engram-Tool}, already checked): a memory
   * that names no agent gets the tool as its agent, so its events count for the tool.
   */
  static List<NewMemory> attributed(List<NewMemory> batch, @Nullable String tool) {
    if (tool == null) {
      return batch;
    }
    return batch.stream()
        .map(
            m ->
                m.agentId() != null
                    ? m
                    : new NewMemory(
                        m.id(),
                        m.userId(),
                        m.sessionId(),
                        tool,
                        m.runId(),
                        m.type(),
                        m.content(),
                        m.context(),
                        m.category(),
                        m.tags(),
                        m.importance(),
                        m.metadata(),
                        m.validFrom(),
                        m.expiresAt(),
                        m.sources()))
        .toList();
  }

  private static NewMemory newMemory(
      MemoryBody item, MemoryBody defaults, String prefix, Instant now) {
    if (item.expiresAt() != null && item.ttlSeconds() != null) {
      throw MemoryException.invalid(
          prefix + "ttl_seconds", "give either expires_at or ttl_seconds");
    }
    Instant expiresAt =
        item.ttlSeconds() != null
            ? MemoryValidator.expiry(prefix + "ttl_seconds", item.ttlSeconds(), now)
            : item.expiresAt();
    return new NewMemory(
        null,
        or(item.userId(), defaults.userId()),
        or(item.sessionId(), defaults.sessionId()),
        or(item.agentId(), defaults.agentId()),
        or(item.runId(), defaults.runId()),
        item.type() == null ? null : type(prefix + "type", item.type()),
        item.content(),
        item.context(),
        item.category(),
        item.tags(),
        item.importance(),
        item.metadata(),
        item.validFrom(),
        expiresAt,
        sources(prefix, item.sources()));
  }

  private static @Nullable List<Source> sources(String prefix, @Nullable List<SourceBody> sources) {
    if (sources == null) {
      return null;
    }
    List<Source> out = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      SourceBody s = sources.get(i);
      if (s == null) {
        throw MemoryException.invalid(prefix + "sources[" + i + "]", "must not be null");
      }
      out.add(new Source(s.conversationId(), s.messageIds() == null ? List.of() : s.messageIds()));
    }
    return out;
  }

  static MemoryType type(String field, String value) {
    return MemoryType.fromValue(value)
        .orElseThrow(
            () ->
                MemoryException.invalid(
                    field, "must be one of " + values(MemoryType.values(), MemoryType::value)));
  }

  static MemoryStatus status(String field, String value) {
    return MemoryStatus.fromValue(value)
        .orElseThrow(
            () ->
                MemoryException.invalid(
                    field, "must be one of " + values(MemoryStatus.values(), MemoryStatus::value)));
  }

  /** A filter from a search body's {@code filters}. */
  static MemoryFilter filter(UserScope user, @Nullable FiltersBody f) {
    if (f == null) {
      return MemoryFilter.of(user);
    }
    if (f.minImportance() != null && (f.minImportance() < 1 || f.minImportance() > 10)) {
      throw MemoryException.invalid("filters.min_importance", "must be between 1 and 10");
    }
    Instant start = f.dateRange() == null ? null : f.dateRange().start();
    Instant end = f.dateRange() == null ? null : f.dateRange().end();
    if (start != null && end != null && !start.isBefore(end)) {
      throw MemoryException.invalid("filters.date_range", "start must be before end");
    }
    return new MemoryFilter(
        user,
        f.sessionId(),
        f.agentId(),
        f.runId(),
        f.types() == null
            ? Set.of()
            : f.types().stream().map(t -> type("filters.types", t)).collect(Collectors.toSet()),
        f.categories() == null ? Set.of() : Set.copyOf(f.categories()),
        f.tags() == null ? Set.of() : Set.copyOf(f.tags()),
        f.minImportance(),
        start,
        end,
        f.validAt(),
        metadataFilter("filters.metadata", f.metadata()),
        f.statuses() == null
            ? Set.of()
            : f.statuses().stream()
                .map(s -> status("filters.statuses", s))
                .collect(Collectors.toSet()));
  }

  /** Metadata equality filters: safe keys, scalar values only (no operators, no sub-documents). */
  static Map<String, Object> metadataFilter(String field, @Nullable Map<String, Object> metadata) {
    if (metadata == null) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : metadata.entrySet()) {
      if (!MemoryValidator.isSafeKey(entry.getKey())) {
        throw new MemoryException(
            MemoryErrorCode.INVALID_FILTER,
            field + ": key '" + entry.getKey() + "' must not start with '$' or contain '.'",
            field,
            null);
      }
      Object value = entry.getValue();
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        throw new MemoryException(
            MemoryErrorCode.INVALID_FILTER,
            field + "." + entry.getKey() + ": must be a string, number or boolean (equality only)",
            field + "." + entry.getKey(),
            null);
      }
      out.put(entry.getKey(), value);
    }
    return out;
  }

  private static <T> String values(T[] values, Function<T, String> name) {
    return Arrays.stream(values).map(name).collect(Collectors.joining(", "));
  }

  private static @Nullable String or(@Nullable String value, @Nullable String fallback) {
    return value != null ? value : fallback;
  }
}
