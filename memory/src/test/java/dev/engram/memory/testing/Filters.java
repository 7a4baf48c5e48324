package dev.engram.memory.testing;

import dev.engram.memory.MemoryFilter;
import dev.engram.memory.MemoryStatus;
import dev.engram.memory.MemoryType;
import dev.engram.memory.UserScope;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Test-data builder for {@link MemoryFilter}: {@code Filters.user("u1").tags("a").build()}. */
public final class Filters {
  private String userId;
  private String sessionId;
  private String agentId;
  private String runId;
  private Set<MemoryType> types = Set.of();
  private Set<String> categories = Set.of();
  private Set<String> tags = Set.of();
  private Integer minImportance;
  private Instant createdFrom;
  private Instant createdTo;
  private Instant validAt;
  private final Map<String, Object> metadata = new LinkedHashMap<>();
  private Set<MemoryStatus> statuses = Set.of();

  private Filters() {}

  /** A filter of one user's memories. */
  public static Filters user(String userId) {
    Filters filters = new Filters();
    filters.userId = userId;
    return filters;
  }

  /** A filter across every user of the app. */
  public static Filters allUsers() {
    return new Filters();
  }

  public Filters session(String value) {
    sessionId = value;
    return this;
  }

  public Filters agent(String value) {
    agentId = value;
    return this;
  }

  public Filters run(String value) {
    runId = value;
    return this;
  }

  public Filters types(MemoryType... values) {
    types = Set.of(values);
    return this;
  }

  public Filters categories(String... values) {
    categories = Set.of(values);
    return this;
  }

  public Filters tags(String... values) {
    tags = Set.of(values);
    return this;
  }

  public Filters minImportance(int value) {
    minImportance = value;
    return this;
  }

  public Filters createdFrom(Instant value) {
    createdFrom = value;
    return this;
  }

  public Filters createdTo(Instant value) {
    createdTo = value;
    return this;
  }

  public Filters validAt(Instant value) {
    validAt = value;
    return this;
  }

  public Filters metadata(String key, Object value) {
    metadata.put(key, value);
    return this;
  }

  public Filters statuses(MemoryStatus... values) {
    statuses = Set.of(values);
    return this;
  }

  public MemoryFilter build() {
    return new MemoryFilter(
        userId == null ? new UserScope.AllUsers() : new UserScope.OneUser(userId),
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
        statuses);
  }
}
