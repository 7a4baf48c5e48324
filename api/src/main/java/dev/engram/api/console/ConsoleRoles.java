package dev.engram.api.console;

/** Role names as compile-time constants for {@code @Secured}. */
public final class ConsoleRoles {
  public static final String PLATFORM_ADMIN = "platform-admin";
  public static final String TENANT_ADMIN = "tenant-admin";
  public static final String TENANT_VIEWER = "tenant-viewer";

  private ConsoleRoles() {}
}
