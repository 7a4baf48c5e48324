package dev.engram.api.compat;

import io.micronaut.http.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Ids taken from the raw request path, percent-decoded only: a {@code +} in a path is a plus sign
 * (caller ids are phone numbers such as {@code +15551234567}), not the space that form decoding
 * makes of it.
 */
public final class PathIds {
  private PathIds() {}

  /** The path segment that follows the literal segment {@code name}, e.g. {@code callers}. */
  public static String after(HttpRequest<?> request, String name) {
    String[] segments = request.getUri().getRawPath().split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (segments[i].equals(name)) {
        return URLDecoder.decode(segments[i + 1].replace("+", "%2B"), StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("no segment after " + name + " in " + request.getPath());
  }
}
