package dev.engram.sdk.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A conversation message: {@code role} is user, assistant, system or tool; {@code id} (may be null)
 * lets the server recognise a message sent twice; {@code name} (may be null) is the speaker's name,
 * which extraction writes instead of "User".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Message(String role, String content, String id, String name) {
  public Message {
    requireNonNull(role, "role is null");
    requireNonNull(content, "content is null");
    if (role.isBlank()) {
      throw new IllegalArgumentException("role is blank");
    }
  }

  /** A message without a speaker name. */
  public Message(String role, String content, String id) {
    this(role, content, id, null);
  }

  /** This message said by {@code name}. */
  public Message withName(String name) {
    return new Message(role, content, id, name);
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
