package dev.engram.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** What an API key may do inside its app. */
public enum Scope {
  MEMORIES_READ("memories:read"),
  MEMORIES_WRITE("memories:write"),
  ANALYTICS_READ("analytics:read"),
  /** Recording learning events, feedback and custom analytics events. */
  ANALYTICS_WRITE("analytics:write"),
  /** Everything, including reads across users of the app. */
  ADMIN("admin");

  private final String value;

  Scope(String value) {
    this.value = value;
  }

  /** The wire form, e.g. {@code memories:read}. */
  public String value() {
    return value;
  }

  public static Optional<Scope> fromValue(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }
}
