package dev.engram.api.v1;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.MemoryFilter;
import dev.engram.memory.UserScope;
import dev.engram.memory.write.MemoryValidator;
import io.micronaut.http.HttpParameters;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query string of {@code GET /v1/memories}: filters, paging ({@code limit} with {@code offset}
 * or the {@code cursor} of the previous page) and order. Unknown parameters are refused.
 */
record ListQuery(MemoryFilter filter, MemoryFilter.Sort sort, int limit, int offset) {
  static final int DEFAULT_LIMIT = 50;
  private static final Set<String> KNOWN =
      Set.of(
          "user_id",
          "session_id",
          "agent_id",
          "run_id",
          "types",
          "categories",
          "tags",
          "min_importance",
          "start",
          "end",
          "valid_at",
          "statuses",
          "limit",
          "offset",
          "cursor",
          "sort_by",
          "order");

  static ListQuery parse(HttpParameters parameters, UserScope user) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    for (String name : parameters.names()) {
      if (name.startsWith("metadata.")) {
        metadata.put(name.substring("metadata.".length()), parameters.get(name));
      } else if (!KNOWN.contains(name)) {
        throw new MemoryException(
            MemoryErrorCode.UNKNOWN_FILTER,
            name
                + ": unknown parameter; use one of "
                + KNOWN.stream().sorted().collect(Collectors.joining(", "))
                + " or metadata.<key>",
            name,
            null);
      }
    }
    Integer minImportance = integer(parameters, "min_importance");
    if (minImportance != null && (minImportance < 1 || minImportance > 10)) {
      throw MemoryException.invalid("min_importance", "must be between 1 and 10");
    }
    MemoryFilter filter =
        new MemoryFilter(
            user,
            parameters.get("session_id"),
            parameters.get("agent_id"),
            parameters.get("run_id"),
            list(parameters, "types").stream()
                .map(t -> MemoryRequests.type("types", t))
                .collect(Collectors.toSet()),
            Set.copyOf(list(parameters, "categories")),
            Set.copyOf(list(parameters, "tags")),
            minImportance,
            instant(parameters, "start"),
            instant(parameters, "end"),
            instant(parameters, "valid_at"),
            MemoryRequests.metadataFilter("metadata", metadata),
            list(parameters, "statuses").stream()
                .map(s -> MemoryRequests.status("statuses", s))
                .collect(Collectors.toSet()));
    Integer limit = integer(parameters, "limit");
    Integer offset = integer(parameters, "offset");
    String cursor = parameters.get("cursor");
    if (cursor != null && offset != null) {
      throw MemoryException.invalid("cursor", "give either cursor or offset");
    }
    return new ListQuery(
        filter,
        sort(parameters.get("sort_by"), parameters.get("order")),
        limit == null ? DEFAULT_LIMIT : limit,
        cursor != null ? decodeCursor(cursor) : offset == null ? 0 : offset);
  }

  static String cursorFor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeCursor(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith("o:")) {
        return Integer.parseInt(text.substring(2));
      }
    } catch (IllegalArgumentException e) {
      // fall through to the error below
    }
    throw MemoryException.invalid("cursor", "is not a cursor returned by this API");
  }

  private static MemoryFilter.Sort sort(String sortBy, String order) {
    MemoryFilter.SortKey key =
        switch (sortBy == null ? "created_at" : sortBy) {
          case "created_at" -> MemoryFilter.SortKey.CREATED_AT;
          case "updated_at" -> MemoryFilter.SortKey.UPDATED_AT;
          case "importance" -> MemoryFilter.SortKey.IMPORTANCE;
          default ->
              throw MemoryException.invalid(
                  "sort_by", "must be created_at, updated_at or importance");
        };
    String direction = order == null ? "desc" : order.toLowerCase(Locale.ROOT);
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw MemoryException.invalid("order", "must be asc or desc");
    }
    return new MemoryFilter.Sort(key, direction.equals("desc"));
  }

  private static List<String> list(HttpParameters parameters, String name) {
    return parameters.getAll(name).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  private static Integer integer(HttpParameters parameters, String name) {
    String value = parameters.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw MemoryException.invalid(name, "must be an integer");
    }
  }

  private static Instant instant(HttpParameters parameters, String name) {
    String value = parameters.get(name);
    if (value == null) {
      return null;
    }
    try {
      Instant instant = Instant.parse(value);
      MemoryValidator.instant(name, instant);
      return instant;
    } catch (DateTimeParseException e) {
      throw MemoryException.invalid(
          name, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }
}
