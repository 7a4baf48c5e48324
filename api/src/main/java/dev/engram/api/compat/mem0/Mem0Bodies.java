package dev.engram.api.compat.mem0;

import dev.engram.api.compat.CompatException;
import dev.engram.memory.Message;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading mem0 request bodies, which are free-form JSON objects: clients of different versions send
 * different sets of optional fields ({@code org_id}, {@code project_id}, {@code version}, {@code
 * output_format}, {@code async_mode}, …), so unknown fields are ignored, and the fields Engram uses
 * are checked one by one, each refusal naming its field.
 */
final class Mem0Bodies {
  private Mem0Bodies() {}

  static @Nullable String string(Map<String, Object> body, String field) {
    Object value = body.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw CompatException.invalid(field, "must be a string");
    }
    return s.isBlank() ? null : s;
  }

  static @Nullable Boolean bool(Map<String, Object> body, String field) {
    Object value = body.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean b)) {
      throw CompatException.invalid(field, "must be true or false");
    }
    return b;
  }

  static int positive(@Nullable Object value, String field, int fallback, int max) {
    if (value == null) {
      return fallback;
    }
    int n;
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      n = number.intValue();
    } else if (value instanceof String s && s.matches("\\d{1,9}")) {
      n = Integer.parseInt(s);
    } else {
      throw CompatException.invalid(field, "must be a whole number");
    }
    if (n < 1 || n > max) {
      throw CompatException.invalid(field, "must be between 1 and " + max);
    }
    return n;
  }

  /** A copy of {@code metadata} (empty when absent), to add to. */
  static Map<String, Object> metadata(Map<String, Object> body) {
    Object value = body.get("metadata");
    if (value == null) {
      return new LinkedHashMap<>();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw CompatException.invalid("metadata", "must be an object");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  /**
   * {@code messages}: a text (one user message) or a list of {@code {role, content}}, each with an
   * optional {@code name} (the speaker's, as in OpenAI's message format; checked by ingestion).
   */
  static List<Message> messages(@Nullable Object value) {
    if (value instanceof String text && !text.isBlank()) {
      return List.of(new Message("m1", "user", text, null));
    }
    if (!(value instanceof List<?> items) || items.isEmpty()) {
      throw CompatException.invalid(
          "messages", "is required: a text or a non-empty list of {role, content}");
    }
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String field = "messages[" + i + "]";
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        throw CompatException.invalid(field, "must be an object {role, content}");
      }
      if (!(item.get("role") instanceof String role)) {
        throw CompatException.invalid(field + ".role", "is required: user, assistant or system");
      }
      if (!(item.get("content") instanceof String content)) {
        throw CompatException.invalid(
            field + ".content", "must be a text (images and other content are not supported)");
      }
      Object name = item.get("name");
      if (name != null && !(name instanceof String)) {
        throw CompatException.invalid(field + ".name", "must be a text");
      }
      out.add(new Message("m" + (i + 1), role, content, null, (String) name));
    }
    return out;
  }

  /** The output format a v1/v2 request asks for: {@code v1.1} wraps lists in {@code results}. */
  static boolean wrapped(Map<String, Object> body) {
    return "v1.1".equals(body.get("output_format"));
  }
}
