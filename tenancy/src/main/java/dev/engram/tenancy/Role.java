package dev.engram.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** Roles of console users (humans). */
public enum Role {
  /** Operates the whole platform: every organization. */
  PLATFORM_ADMIN("platform-admin"),
  /** Administers one organization: its apps, keys and users. */
  TENANT_ADMIN("tenant-admin"),
  /** Reads one organization. */
  TENANT_VIEWER("tenant-viewer");

  private final String value;

  Role(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<Role> fromValue(String value) {
    return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
  }
}
