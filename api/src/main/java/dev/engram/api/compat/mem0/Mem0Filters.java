package dev.engram.api.compat.mem0;

import dev.engram.api.compat.CompatException;
import dev.engram.memory.Memory;
import dev.engram.memory.write.MemoryValidator;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * mem0's {@code filters} (v2 and v3 requests) compiled into a predicate over memories: {@code
 * AND}/{@code OR}/{@code NOT} lists, fields {@code user_id}, {@code agent_id}, {@code run_id},
 * {@code app_id}, {@code id}/{@code memory_id}, {@code created_at}, {@code updated_at}, {@code
 * categories}, {@code metadata} and {@code keywords}, and the operators {@code in}, {@code nin},
 * {@code eq}, {@code ne}, {@code gt}, {@code gte}, {@code lt}, {@code lte}, {@code contains},
 * {@code icontains} and the wildcard {@code "*"}. The user is never a filter among others: it must
 * be pinned by equality (top level or inside a top-level {@code AND}), the store reads only that
 * user's memories, and the predicate only narrows them — an {@code OR} cannot reach another user.
 */
final class Mem0Filters {
  private static final List<String> PINNABLE = List.of("user_id", "agent_id", "run_id");

  private Mem0Filters() {}

  /**
   * The selection: {@code ids} are the request's top-level entity ids (null values ignored), which
   * pin like filter equalities.
   */
  static Mem0Selection compile(@Nullable Object filters, Map<String, String> ids) {
    Map<String, String> pinned = new LinkedHashMap<>();
    ids.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            pinned.put(k, v);
          }
        });
    Predicate<Memory> predicate = m -> true;
    if (filters != null) {
      if (!(filters instanceof Map<?, ?> map)) {
        throw CompatException.invalid("filters", "must be an object");
      }
      pin(map, pinned);
      Object and = map.get("AND");
      if (and instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map<?, ?> inner) {
            pin(inner, pinned);
          }
        }
      }
      predicate = node(map, "filters");
    }
    String user = pinned.get("user_id");
    if (user == null) {
      throw new CompatException(
          400,
          "user_required",
          "filters.user_id: is required (an equality at the top level or inside a top-level AND,"
              + " or user_id in the request): Engram reads one user's memories at a time",
          "filters.user_id");
    }
    return new Mem0Selection(user, pinned.get("agent_id"), pinned.get("run_id"), predicate);
  }

  private static void pin(Map<?, ?> map, Map<String, String> pinned) {
    for (String key : PINNABLE) {
      if (map.get(key) instanceof String s && !s.equals("*") && !pinned.containsKey(key)) {
        pinned.put(key, s);
      }
    }
  }

  private static Predicate<Memory> node(Map<?, ?> map, String path) {
    Predicate<Memory> all = m -> true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      String field = path + "." + key;
      Predicate<Memory> p =
          switch (key) {
            case "AND" -> list(e.getValue(), field).stream().reduce(m -> true, Predicate::and);
            case "OR" -> list(e.getValue(), field).stream().reduce(m -> false, Predicate::or);
            case "NOT" ->
                list(e.getValue(), field).stream().reduce(m -> false, Predicate::or).negate();
            case "metadata" -> metadata(e.getValue(), field);
            default -> field(key, e.getValue(), field);
          };
      all = all.and(p);
    }
    return all;
  }

  private static List<Predicate<Memory>> list(Object value, String path) {
    if (!(value instanceof List<?> items) || items.isEmpty()) {
      throw CompatException.invalid(path, "must be a non-empty list of filter objects");
    }
    List<Predicate<Memory>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> map)) {
        throw CompatException.invalid(path + "[" + i + "]", "must be a filter object");
      }
      out.add(node(map, path + "[" + i + "]"));
    }
    return out;
  }

  private static Predicate<Memory> metadata(Object value, String path) {
    if (!(value instanceof Map<?, ?> map)) {
      throw CompatException.invalid(path, "must be an object of metadata keys");
    }
    Predicate<Memory> all = m -> true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (!MemoryValidator.isSafeKey(key)) {
        throw CompatException.invalid(path + "." + key, "must be one top-level key (no '.', '$')");
      }
      all = all.and(condition(m -> m.metadata().get(key), e.getValue(), path + "." + key, false));
    }
    return all;
  }

  private static Predicate<Memory> field(String key, Object value, String path) {
    return switch (key) {
      case "user_id" -> condition(Memory::userId, value, path, false);
      case "agent_id" -> condition(Memory::agentId, value, path, false);
      case "run_id" -> condition(Memory::sessionId, value, path, false);
      case "app_id" -> condition(m -> m.metadata().get("app_id"), value, path, false);
      case "id", "memory_id" -> condition(Memory::id, value, path, false);
      case "created_at" -> condition(Memory::createdAt, value, path, true);
      case "updated_at" -> condition(Memory::updatedAt, value, path, true);
      case "categories" -> condition(Mem0Filters::categories, value, path, false);
      case "keywords" -> condition(Memory::content, value, path, false);
      default ->
          throw new CompatException(
              400,
              "invalid_filter",
              path
                  + ": unknown filter field (use user_id, agent_id, run_id, app_id, id,"
                  + " created_at, updated_at, categories, metadata, keywords, AND, OR, NOT)",
              path);
    };
  }

  static List<String> categories(Memory m) {
    List<String> out = new ArrayList<>();
    if (m.category() != null) {
      out.add(m.category());
    }
    out.addAll(m.tags());
    return out;
  }

  private static Predicate<Memory> condition(
      Function<Memory, Object> get, Object value, String path, boolean time) {
    if ("*".equals(value)) {
      return m -> get.apply(m) != null;
    }
    if (!(value instanceof Map<?, ?> ops)) {
      Object wanted = operand(value, path, time);
      return m -> equal(get.apply(m), wanted);
    }
    if (ops.isEmpty()) {
      throw CompatException.invalid(path, "names no operator");
    }
    Predicate<Memory> all = m -> true;
    for (Map.Entry<?, ?> e : ops.entrySet()) {
      String op = String.valueOf(e.getKey());
      String at = path + "." + op;
      Predicate<Memory> p =
          switch (op) {
            case "eq" -> {
              Object w = operand(e.getValue(), at, time);
              yield m -> equal(get.apply(m), w);
            }
            case "ne" -> {
              Object w = operand(e.getValue(), at, time);
              yield m -> !equal(get.apply(m), w);
            }
            case "in", "nin" -> {
              if (!(e.getValue() instanceof List<?> items)) {
                throw CompatException.invalid(at, "must be a list");
              }
              List<Object> ws = new ArrayList<>();
              for (Object item : items) {
                ws.add(operand(item, at, time));
              }
              Predicate<Memory> in = m -> ws.stream().anyMatch(w -> equal(get.apply(m), w));
              yield op.equals("in") ? in : in.negate();
            }
            case "gt", "gte", "lt", "lte" -> {
              Object w = operand(e.getValue(), at, time);
              yield m -> compare(get.apply(m), w, op);
            }
            case "contains", "icontains" -> {
              if (!(e.getValue() instanceof String s)) {
                throw CompatException.invalid(at, "must be a string");
              }
              boolean ignoreCase = op.equals("icontains");
              yield m -> contains(get.apply(m), s, ignoreCase);
            }
            default ->
                throw new CompatException(
                    400,
                    "invalid_filter",
                    at
                        + ": unknown operator (use in, nin, eq, ne, gt, gte, lt, lte, contains,"
                        + " icontains)",
                    at);
          };
      all = all.and(p);
    }
    return all;
  }

  private static Object operand(Object value, String path, boolean time) {
    if (time) {
      return instant(value, path);
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    throw CompatException.invalid(path, "must be a string, number or boolean");
  }

  /** An ISO date ({@code 2024-07-01}, start of day UTC), date-time or epoch seconds. */
  static Instant instant(Object value, String path) {
    if (value instanceof Number n) {
      return Instant.ofEpochSecond(n.longValue());
    }
    if (value instanceof String s) {
      try {
        return s.length() == 10
            ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC)
            : OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(s);
        } catch (DateTimeParseException again) {
          throw CompatException.invalid(
              path, "must be an ISO date or date-time, or epoch seconds (got '" + s + "')");
        }
      }
    }
    throw CompatException.invalid(path, "must be an ISO date or date-time, or epoch seconds");
  }

  private static boolean equal(@Nullable Object actual, Object wanted) {
    if (actual instanceof List<?> list) {
      return list.stream().anyMatch(a -> equal(a, wanted));
    }
    if (actual instanceof Number a && wanted instanceof Number w) {
      return a.doubleValue() == w.doubleValue();
    }
    return Objects.equals(actual, wanted);
  }

  private static boolean compare(@Nullable Object actual, Object wanted, String op) {
    int c;
    if (actual instanceof Instant a && wanted instanceof Instant w) {
      c = a.compareTo(w);
    } else if (actual instanceof Number a && wanted instanceof Number w) {
      c = Double.compare(a.doubleValue(), w.doubleValue());
    } else if (actual instanceof String a && wanted instanceof String w) {
      c = a.compareTo(w);
    } else {
      return false;
    }
    return switch (op) {
      case "gt" -> c > 0;
      case "gte" -> c >= 0;
      case "lt" -> c < 0;
      default -> c <= 0;
    };
  }

  private static boolean contains(@Nullable Object actual, String part, boolean ignoreCase) {
    if (actual instanceof List<?> list) {
      return list.stream().anyMatch(a -> contains(a, part, ignoreCase));
    }
    if (!(actual instanceof String s)) {
      return false;
    }
    return ignoreCase
        ? s.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT))
        : s.contains(part);
  }
}
