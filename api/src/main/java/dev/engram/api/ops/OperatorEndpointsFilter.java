package dev.engram.api.ops;

import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.management.health.indicator.HealthResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Keeps operator data from the public: {@code /prometheus}, {@code /metrics} and {@code /routes}
 * (every route of the application, read by {@code ./engram eval security}) need the operator token
 * ({@code engram.operator.token}); {@code /health} answers everyone, but only its overall status
 * unless the operator token comes with the request.
 */
@ServerFilter({
  "/prometheus",
  "/prometheus/**",
  "/metrics",
  "/metrics/**",
  "/routes",
  "/routes/**",
  "/health",
  "/health/**"
})
final class OperatorEndpointsFilter implements io.micronaut.core.order.Ordered {
  private static final String BEARER = "Bearer ";

  private final byte[] token;
  private final ErrorResponseProcessor<?> errors;

  OperatorEndpointsFilter(OperatorConfiguration configuration, ErrorResponseProcessor<?> errors) {
    this.token =
        configuration.token() == null || configuration.token().isBlank()
            ? null
            : configuration.token().getBytes(StandardCharsets.UTF_8);
    this.errors = errors;
  }

  /** Continues (null) for health and for the operator; answers 401 to anyone else. */
  @RequestFilter
  @Nullable
  HttpResponse<?> requireOperatorForMetrics(HttpRequest<?> request) {
    if (request.getPath().startsWith("/health") || isOperator(request)) {
      return null;
    }
    String message =
        token == null
            ? "metrics and routes are served only when engram.operator.token is set"
            : "send the operator token: 'Authorization: Bearer <engram.operator.token>'";
    return errors.processResponse(
        ErrorContext.builder(request)
            .cause(new TenancyException(TenancyErrorCode.OPERATOR_TOKEN_REQUIRED, message))
            .build(),
        HttpResponse.status(HttpStatus.UNAUTHORIZED));
  }

  @ResponseFilter
  void hideHealthDetails(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (request.getPath().startsWith("/health")
        && !isOperator(request)
        && response.getBody().orElse(null) instanceof HealthResult result) {
      HealthStatus status = result.getStatus();
      response.body(Map.of("status", status.getName()));
    }
  }

  private boolean isOperator(HttpRequest<?> request) {
    if (token == null) {
      return false;
    }
    return request
        .getHeaders()
        .get(HttpHeaders.AUTHORIZATION, String.class)
        .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
        .map(value -> value.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8))
        .map(presented -> MessageDigest.isEqual(presented, token))
        .orElse(false);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }
}
