package dev.engram.api.security;

import dev.engram.memory.llm.LlmConfiguration;
import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.limit.LlmQuota;
import dev.engram.tenancy.limit.RateLimiter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import java.util.Set;

/**
 * Rate limits and the daily LLM quota of API-key requests, checked once the key is known: one token
 * from the organization's and the key's bucket ({@link RateLimiter}), and for the requests that use
 * the configured LLM (answers, summaries, conversation ingestion) whether the organization has LLM
 * calls left today ({@link LlmQuota}; the calls themselves are counted as the engines make them,
 * see {@code OrgLlmBudget}). Over a limit: {@code 429} with {@code Retry-After}, before the request
 * reaches its controller, so nothing is stored.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RateLimitFilter implements io.micronaut.core.order.Ordered {
  /** Routes whose work is the LLM's when one is configured. */
  static final Set<String> LLM_ROUTES = Set.of("/v1/answers", "/v1/summaries", "/v1/conversations");

  private final RateLimiter rateLimiter;
  private final LlmQuota llmQuota;
  private final boolean llmConfigured;
  private final ErrorResponseProcessor<?> errors;

  RateLimitFilter(
      RateLimiter rateLimiter,
      LlmQuota llmQuota,
      LlmConfiguration llm,
      ErrorResponseProcessor<?> errors) {
    this.rateLimiter = rateLimiter;
    this.llmQuota = llmQuota;
    this.llmConfigured = llm.llmProvider().isPresent();
    this.errors = errors;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> limit(HttpRequest<?> request) {
    if (!ApiKeyPaths.covers(request.getPath())) {
      return null;
    }
    Optional<AppScope> scope =
        request.getUserPrincipal(Authentication.class).flatMap(AppScopeBinder::toScope);
    if (scope.isEmpty()) {
      return null;
    }
    try {
      rateLimiter.acquire(scope.get());
      if (llmConfigured && usesLlm(request)) {
        llmQuota.requireRoom(scope.get().orgId());
      }
      return null;
    } catch (TenancyException e) {
      MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS);
      e.retryAfter()
          .ifPresent(
              wait -> response.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
      return errors.processResponse(ErrorContext.builder(request).cause(e).build(), response);
    }
  }

  private static boolean usesLlm(HttpRequest<?> request) {
    String path = request.getPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return request.getMethod() == HttpMethod.POST && LLM_ROUTES.contains(path);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }
}
