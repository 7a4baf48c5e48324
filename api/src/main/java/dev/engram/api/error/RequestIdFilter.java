package dev.engram.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, else a new
 * one. It is echoed in the response header and in error bodies.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIdFilter implements io.micronaut.core.order.Ordered {
  static final String HEADER = "X-Request-Id";
  static final String ATTRIBUTE = "engram.request_id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @RequestFilter
  void assign(HttpRequest<?> request) {
    String id =
        request
            .getHeaders()
            .get(HEADER, String.class)
            .filter(value -> SAFE.matcher(value).matches())
            .orElseGet(() -> UUID.randomUUID().toString());
    request.setAttribute(ATTRIBUTE, id);
  }

  @ResponseFilter
  void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
    requestId(request).ifPresent(id -> response.header(HEADER, id));
  }

  /** The request id (from {@code X-Request-Id} or made up), once this filter has run. */
  public static java.util.Optional<String> requestId(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, String.class);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
