package dev.engram.api.security;

/**
 * Which request paths take an API key: the native API ({@code /v1/…}) and the drop-in compatibility
 * surfaces (the OpenMemory API under {@code /api/v1/…} and its short calls under {@code /memory/…};
 * the mem0 platform API under {@code /mem0/…}). The OpenMemory health check ({@code GET
 * /api/v1/health}) is open.
 */
public final class ApiKeyPaths {
  /** The OpenMemory API's own health check, answered without a key. */
  public static final String OPEN_MEMORY_HEALTH = "/api/v1/health";

  /** The mem0 platform API: mem0 clients take {@code <engram>/mem0} as their host. */
  public static final String MEM0 = "/mem0/";

  private ApiKeyPaths() {}

  /** Whether requests to {@code path} are authenticated by API key (and only by API key). */
  public static boolean covers(String path) {
    return path.startsWith("/v1/")
        || path.startsWith(MEM0)
        || isOpenMemory(path) && !path.equals(OPEN_MEMORY_HEALTH);
  }

  /** Whether {@code path} belongs to the OpenMemory surface, whose errors have its own shape. */
  public static boolean isOpenMemory(String path) {
    return path.startsWith("/api/v1/") || path.startsWith("/memory/");
  }
}
