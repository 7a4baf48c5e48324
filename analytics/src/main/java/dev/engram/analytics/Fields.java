package dev.engram.analytics;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed reads of a JSON object (as maps and lists) that name the field at fault. Keys are accepted
 * in snake_case (native) and camelCase (seed 002's bodies, as sent).
 */
final class Fields {
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}");

  private final Map<String, Object> values;
  private final String path;

  private Fields(Map<String, Object> values, String path) {
    this.values = values;
    this.path = path;
  }

  /** The object at {@code path} with its keys in snake_case; only {@code allowed} keys. */
  static Fields of(@Nullable Object value, String path, Set<String> allowed) {
    if (!(value instanceof Map<?, ?> map)) {
      throw AnalyticsException.invalid(path.isEmpty() ? "body" : path, "must be a JSON object");
    }
    Map<String, Object> normalized = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = snake(String.valueOf(entry.getKey()));
      String field = join(path, key);
      if (!allowed.contains(key)) {
        throw new AnalyticsException(
            AnalyticsErrorCode.UNKNOWN_FIELD,
            field + ": unknown field; check its spelling or remove it",
            field);
      }
      if (normalized.put(key, entry.getValue()) != null) {
        throw AnalyticsException.invalid(field, "given twice (snake_case and camelCase)");
      }
    }
    return new Fields(normalized, path);
  }

  static String snake(String key) {
    StringBuilder out = new StringBuilder(key.length() + 4);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Map<String, Object> values() {
    return values;
  }

  String field(String key) {
    return join(path, key);
  }

  boolean has(String key) {
    return values.get(key) != null;
  }

  @Nullable
  Object raw(String key) {
    return values.get(key);
  }

  String requiredName(String key) {
    String value = name(key);
    if (value == null) {
      throw AnalyticsException.missing(field(key));
    }
    return value;
  }

  /** A name: letters, digits, {@code _ . : -}, at most 128 characters. */
  @Nullable
  String name(String key) {
    String value = text(key, 128);
    if (value != null && !NAME.matcher(value).matches()) {
      throw AnalyticsException.invalid(
          field(key), "letters, digits, '_', '.', ':' and '-' only, at most 128 characters");
    }
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  @Nullable
  String text(String key, int maxLength) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s) || s.isBlank()) {
      throw AnalyticsException.invalid(field(key), "must be a non-empty string");
    }
    if (s.length() > maxLength) {
      throw AnalyticsException.invalid(field(key), "at most " + maxLength + " characters");
    }
    return s.strip();
  }

  @Nullable
  Integer integer(String key, int min, int max) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw AnalyticsException.invalid(field(key), "must be a whole number");
    }
    long v = n.longValue();
    if (v < min || v > max) {
      throw AnalyticsException.invalid(field(key), "must be between " + min + " and " + max);
    }
    return (int) v;
  }

  @Nullable
  Double number(String key, double min, double max) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
      throw AnalyticsException.invalid(field(key), "must be a number");
    }
    double v = n.doubleValue();
    if (v < min || v > max) {
      throw AnalyticsException.invalid(field(key), "must be between " + min + " and " + max);
    }
    return v;
  }

  @Nullable
  Boolean bool(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean b)) {
      throw AnalyticsException.invalid(field(key), "must be true or false");
    }
    return b;
  }

  @Nullable
  Instant instant(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return Instant.ofEpochMilli(n.longValue());
    }
    try {
      return Instant.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw AnalyticsException.invalid(
          field(key), "must be an ISO-8601 instant such as 2026-11-30T10:15:00Z");
    }
  }

  List<String> names(String key, int maxItems) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || list.size() > maxItems) {
      throw AnalyticsException.invalid(
          field(key), "must be a list of at most " + maxItems + " strings");
    }
    for (Object item : list) {
      if (!(item instanceof String s) || s.isBlank() || s.length() > 255) {
        throw AnalyticsException.invalid(field(key), "items must be non-empty strings");
      }
    }
    return list.stream().map(String::valueOf).toList();
  }
}
