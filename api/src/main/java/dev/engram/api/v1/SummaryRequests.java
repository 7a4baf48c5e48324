package dev.engram.api.v1;

import dev.engram.memory.MemoryErrorCode;
import dev.engram.memory.MemoryException;
import dev.engram.memory.Message;
import dev.engram.memory.write.MemoryValidator;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the {@code messages} of a summary request into engine messages, naming fields at fault. */
final class SummaryRequests {
  static final Set<String> ROLES = Set.of("user", "assistant", "system", "tool");

  private SummaryRequests() {}

  /**
   * Messages from either one text (a single user message {@code m1}) or a list of {@code {role,
   * content, id?}}; ids default to {@code m1}, {@code m2}, … by position and must be unique.
   */
  static List<Message> messages(
      @Nullable Object messages, int maxMessages, MemoryValidator validator) {
    if (messages == null) {
      throw MemoryException.invalid("messages", "is required: a text or a list of messages");
    }
    if (messages instanceof String text) {
      validator.content("messages", text);
      return List.of(new Message("m1", "user", text, null));
    }
    if (!(messages instanceof List<?> list)) {
      throw MemoryException.invalid(
          "messages", "must be a text or a list of {role, content, id} objects");
    }
    if (list.isEmpty()) {
      throw MemoryException.invalid("messages", "must not be empty");
    }
    if (list.size() > maxMessages) {
      throw new MemoryException(
          MemoryErrorCode.TOO_MANY_MESSAGES,
          "messages: at most " + maxMessages + " messages per request (got " + list.size() + ")",
          "messages",
          null);
    }
    List<Message> out = new ArrayList<>(list.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String field = "messages[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> item)) {
        throw MemoryException.invalid(field, "must be an object {role, content, id}");
      }
      for (Object key : item.keySet()) {
        if (!Set.of("role", "content", "id").contains(key)) {
          throw MemoryException.invalid(field + "." + key, "is not a message field");
        }
      }
      String role = text(item.get("role"), field + ".role");
      if (role == null || !ROLES.contains(role)) {
        throw MemoryException.invalid(
            field + ".role", "must be one of user, assistant, system, tool");
      }
      String content = text(item.get("content"), field + ".content");
      validator.content(field + ".content", content);
      String id = text(item.get("id"), field + ".id");
      validator.id(field + ".id", id);
      String messageId = id != null ? id : "m" + (i + 1);
      if (!ids.add(messageId)) {
        throw MemoryException.invalid(field + ".id", "'" + messageId + "' is used twice");
      }
      out.add(new Message(messageId, role, content, null));
    }
    return out;
  }

  /** Header values as strings; anything else is refused. */
  static @Nullable Map<String, String> headers(@Nullable Map<String, Object> headers) {
    if (headers == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> header : headers.entrySet()) {
      if (!(header.getValue() instanceof String value)) {
        throw MemoryException.invalid("callback_headers." + header.getKey(), "must be a string");
      }
      out.put(header.getKey(), value);
    }
    return out;
  }

  private static @Nullable String text(@Nullable Object value, String field) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw MemoryException.invalid(field, "must be a string");
  }
}
