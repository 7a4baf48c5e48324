package dev.engram.memory.entity;

import java.util.Locale;

/** What an entity named in a memory is. The API writes the lower-case value. */
public enum EntityKind {
  PERSON,
  PLACE,
  ORGANIZATION,
  PRODUCT,
  DATE;

  /** The value in JSON: {@code person}, {@code place}, … */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind of a stored or requested value; null when unknown. */
  public static EntityKind fromValue(String value) {
    for (EntityKind kind : values()) {
      if (kind.value().equalsIgnoreCase(value)) {
        return kind;
      }
    }
    return null;
  }
}
