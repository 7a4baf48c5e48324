package dev.engram.api.console;

/** Role names as compile-time constants for {@code @Secured}. */
final class ConsoleRoles {
  static final String PLATFORM_ADMIN = "platform-admin";
  static final String TENANT_ADMIN = "tenant-admin";
  static final String TENANT_VIEWER = "tenant-viewer";

  private ConsoleRoles() {}
}
