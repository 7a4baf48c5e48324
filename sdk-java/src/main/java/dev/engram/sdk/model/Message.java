package dev.engram.sdk.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A conversation message: {@code role} is user, assistant, system or tool; {@code id} (may be null)
 * lets the server recognise a message sent twice.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(String role, String content, String id) {
  public Message {
    requireNonNull(role, "role is null");
    requireNonNull(content, "content is null");
    if (role.isBlank()) {
      throw new IllegalArgumentException("role is blank");
    }
  }

  public static Message of(String role, String content) {
    return new Message(role, content, null);
  }

  public static Message user(String content) {
    return of("user", content);
  }

  public static Message assistant(String content) {
    return of("assistant", content);
  }

  public static Message system(String content) {
    return of("system", content);
  }

  /** Reads seed 001's CLI form {@code role:content} (e.g. {@code user:I prefer dark mode}). */
  public static Message parse(String roleAndContent) {
    int colon = roleAndContent.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "a message is role:content (e.g. user:I prefer dark mode), not '" + roleAndContent + "'");
    }
    return of(
        roleAndContent.substring(0, colon).strip(), roleAndContent.substring(colon + 1).strip());
  }
}
