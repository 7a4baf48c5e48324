package dev.engram.sdk;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One API call: the request to send and how to read its answer.
 *
 * @param body the request body, or null (see {@code bodyFile})
 * @param bodyFile a file sent as the body, read as it goes onto the wire (never held in memory,
 *     read again for a retry), or null
 * @param safe whether it may be repeated after a timeout or a 500 (reads; writes carrying an
 *     idempotency key)
 */
record ApiCall<T>(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    byte[] body,
    Path bodyFile,
    Map<String, String> headers,
    boolean safe,
    Reader<T> reader) {
  ApiCall {
    requireNonNull(method, "method is null");
    requireNonNull(path, "path is null");
    query = query == null ? List.of() : List.copyOf(query);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    requireNonNull(reader, "reader is null");
    if (body != null && bodyFile != null) {
      throw new IllegalArgumentException("a call has a body or a body file, not both");
    }
  }

  ApiCall(
      String method,
      String path,
      List<Map.Entry<String, String>> query,
      byte[] body,
      Map<String, String> headers,
      boolean safe,
      Reader<T> reader) {
    this(method, path, query, body, null, headers, safe, reader);
  }

  /** Reads a successful response. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Response response);
  }

  /** A response as the transport received it. */
  record Response(int status, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }
}
