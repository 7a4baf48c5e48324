package dev.engram.memory;

import static java.util.Objects.requireNonNull;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which memories of an app a read selects. Absent ({@code null} or empty) parts select everything.
 * {@link #matches} is the reference semantics; stores and indexes translate the same rules into
 * their query languages, and the contract suites check they agree.
 *
 * @param userScope whose memories: one user's, or explicitly every user's of the app (decided by
 *     {@link UserScope#of} for the caller)
 * @param sessionId only this session
 * @param agentId only this agent
 * @param runId only this run
 * @param types any of these types
 * @param categories any of these categories
 * @param tags memories carrying at least one of these tags
 * @param minImportance importance at least this
 * @param createdFrom created at or after (inclusive)
 * @param createdTo created before (exclusive)
 * @param validAt true at this instant: {@code valid_from <= t} (or unset) and {@code valid_to > t}
 *     (or unset)
 * @param metadata equality on top-level metadata keys
 * @param statuses any of these statuses; empty means {@link MemoryStatus#ACTIVE} only
 */
public record MemoryFilter(
    UserScope userScope,
    @Nullable String sessionId,
    @Nullable String agentId,
    @Nullable String runId,
    Set<MemoryType> types,
    Set<String> categories,
    Set<String> tags,
    @Nullable Integer minImportance,
    @Nullable Instant createdFrom,
    @Nullable Instant createdTo,
    @Nullable Instant validAt,
    Map<String, Object> metadata,
    Set<MemoryStatus> statuses) {

  public MemoryFilter {
    requireNonNull(userScope, "userScope is null");
    types = types == null ? Set.of() : Set.copyOf(types);
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    tags = tags == null ? Set.of() : Set.copyOf(tags);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    statuses =
        statuses == null || statuses.isEmpty() ? Set.of(MemoryStatus.ACTIVE) : Set.copyOf(statuses);
  }

  /** Active memories of one user. */
  public static MemoryFilter user(String userId) {
    return of(new UserScope.OneUser(userId));
  }

  /** Active memories of all users of the app. */
  public static MemoryFilter allUsers() {
    return of(new UserScope.AllUsers());
  }

  /** Active memories of the scope's user, or of all users. */
  public static MemoryFilter of(UserScope scope) {
    return new MemoryFilter(
        scope, null, null, null, Set.of(), Set.of(), Set.of(), null, null, null, null, Map.of(),
        Set.of());
  }

  /** The one user whose memories this filter selects; empty when it selects every user's. */
  public Optional<String> user() {
    return userScope.user();
  }

  public MemoryFilter withMetadata(Map<String, Object> value) {
    return new MemoryFilter(
        userScope,
        sessionId,
        agentId,
        runId,
        types,
        categories,
        tags,
        minImportance,
        createdFrom,
        createdTo,
        validAt,
        value,
        statuses);
  }

  public MemoryFilter withStatuses(Set<MemoryStatus> value) {
    return new MemoryFilter(
        userScope,
        sessionId,
        agentId,
        runId,
        types,
        categories,
        tags,
        minImportance,
        createdFrom,
        createdTo,
        validAt,
        metadata,
        value);
  }

  /** Whether the memory is selected; expired memories (at {@code now}) never are. */
  public boolean matches(Memory memory, Instant now) {
    return user().map(u -> u.equals(memory.userId())).orElse(true)
        && (sessionId == null || sessionId.equals(memory.sessionId()))
        && (agentId == null || agentId.equals(memory.agentId()))
        && (runId == null || runId.equals(memory.runId()))
        && (types.isEmpty() || types.contains(memory.type()))
        && (categories.isEmpty()
            || (memory.category() != null && categories.contains(memory.category())))
        && (tags.isEmpty() || memory.tags().stream().anyMatch(tags::contains))
        && (minImportance == null || memory.importance() >= minImportance)
        && (createdFrom == null || !memory.createdAt().isBefore(createdFrom))
        && (createdTo == null || memory.createdAt().isBefore(createdTo))
        && (validAt == null || isValidAt(memory, validAt))
        && metadata.entrySet().stream()
            .allMatch(e -> metadataEquals(memory.metadata().get(e.getKey()), e.getValue()))
        && statuses.contains(memory.status())
        && !memory.isExpired(now);
  }

  private static boolean isValidAt(Memory memory, Instant at) {
    return (memory.validFrom() == null || !memory.validFrom().isAfter(at))
        && (memory.validTo() == null || memory.validTo().isAfter(at));
  }

  /** Metadata equality that treats numbers by value (JSON has one number type). */
  public static boolean metadataEquals(@Nullable Object stored, @Nullable Object wanted) {
    if (stored instanceof Number a && wanted instanceof Number b) {
      return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
    }
    return Objects.equals(stored, wanted);
  }

  /** Sort keys of listings. */
  public enum SortKey {
    CREATED_AT,
    UPDATED_AT,
    IMPORTANCE
  }

  /** A listing order; ties are broken by id so pages are stable. */
  public record Sort(SortKey key, boolean descending) {
    public static final Sort NEWEST_FIRST = new Sort(SortKey.CREATED_AT, true);
  }

  /** One page of a listing with the total number of matches. */
  public record Page(List<Memory> memories, long total) {
    public Page {
      memories = List.copyOf(memories);
    }
  }
}
