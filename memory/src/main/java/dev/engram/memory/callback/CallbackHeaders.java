package dev.engram.memory.callback;

import dev.engram.memory.MemoryException;
import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the headers a caller wants sent with its callback: a bounded number of well-formed
 * headers, none that would change how the request is framed or routed ({@code Host}, {@code
 * Content-Length}, {@code Transfer-Encoding}, {@code Connection}, …) or what it carries ({@code
 * Content-Type}).
 */
public final class CallbackHeaders {
  static final int MAX_NAME_LENGTH = 100;
  static final int MAX_VALUE_LENGTH = 2048;

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern VALUE = Pattern.compile("[\\t\\x20-\\x7e]*");
  private static final Set<String> FORBIDDEN =
      Set.of(
          "host",
          "content-length",
          "content-type",
          "content-encoding",
          "transfer-encoding",
          "connection",
          "keep-alive",
          "upgrade",
          "expect",
          "te",
          "trailer",
          "proxy-authorization",
          "proxy-connection",
          "http2-settings",
          "date",
          "via");

  private CallbackHeaders() {}

  /** The headers, in order, or a 400 naming {@code callback_headers.<name>}. */
  public static Map<String, String> check(
      @Nullable Map<String, String> headers, CallbackConfiguration config) {
    if (headers == null) {
      return Map.of();
    }
    if (headers.size() > config.maxHeaders()) {
      throw MemoryException.invalid(
          "callback_headers", "at most " + config.maxHeaders() + " headers are allowed");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers.entrySet()) {
      String name = header.getKey();
      String field = "callback_headers." + name;
      if (name == null || name.length() > MAX_NAME_LENGTH || !TOKEN.matcher(name).matches()) {
        throw MemoryException.invalid(
            "callback_headers",
            "header names must be HTTP tokens of at most " + MAX_NAME_LENGTH + " characters");
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (FORBIDDEN.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-")) {
        throw MemoryException.invalid(
            field, "this header is set by Engram and cannot be overridden");
      }
      String value = header.getValue();
      if (value == null || value.length() > MAX_VALUE_LENGTH || !VALUE.matcher(value).matches()) {
        throw MemoryException.invalid(
            field,
            "must be printable ASCII of at most "
                + MAX_VALUE_LENGTH
                + " characters (no line breaks)");
      }
      for (String seen : out.keySet()) {
        if (seen.equalsIgnoreCase(name)) {
          throw MemoryException.invalid(field, "is given twice");
        }
      }
      out.put(name, value.strip());
    }
    return out;
  }
}
