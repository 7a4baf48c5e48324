package dev.engram.api.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every response carries: {@code X-Content-Type-Options: nosniff}; and {@code
 * Cache-Control: no-store} on the console API, whose answers hold tokens (sign-in), key secrets
 * (create, rotate) and tenant data that no cache may keep.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements io.micronaut.core.order.Ordered {
  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    response.getHeaders().set("X-Content-Type-Options", "nosniff");
    if (request.getPath().startsWith("/admin/v1/")) {
      response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }
}
