package dev.engram.api.security;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.apikey.ApiKeys;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Authenticates {@code /v1} requests (and those of the compatibility surfaces, {@link ApiKeyPaths})
 * by API key: {@code Authorization: Bearer eng_…}, {@code Authorization: Token eng_…} (how mem0
 * clients send theirs) or {@code X-API-Key: eng_…}. The app comes from the key, never from the
 * request.
 */
@Singleton
final class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
  static final String API_KEY_HEADER = "X-API-Key";
  private static final String BEARER = "Bearer ";
  private static final String TOKEN = "Token ";

  private final ApiKeys keys;

  ApiKeyAuthenticationFetcher(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    if (!ApiKeyPaths.covers(request.getPath())) {
      return Publishers.empty();
    }
    try {
      Optional<String> presented = presentedKey(request);
      if (presented.isEmpty()) {
        return Publishers.empty();
      }
      AppScope scope = keys.authenticate(presented.get());
      return Publishers.just(toAuthentication(scope));
    } catch (TenancyException e) {
      request.setAttribute(AuthAttributes.KEY_FAILURE, e);
      return Publishers.empty();
    }
  }

  /**
   * The key from {@code X-API-Key} or a bearer {@code Authorization}; both may be sent only when
   * they carry the same key (a request never silently picks one of two credentials).
   */
  private static Optional<String> presentedKey(HttpRequest<?> request) {
    Optional<String> header = request.getHeaders().get(API_KEY_HEADER, String.class);
    Optional<String> authorization = request.getHeaders().getAuthorization();
    Optional<String> bearer = authorization.flatMap(ApiKeyAuthenticationFetcher::credential);
    if (header.isPresent() && authorization.isPresent()) {
      String key = header.get().strip();
      if (bearer.filter(key::equals).isEmpty()) {
        throw new TenancyException(
            TenancyErrorCode.CONFLICTING_CREDENTIALS,
            "send one credential: X-API-Key and Authorization carry different values");
      }
      return Optional.of(key);
    }
    return header.map(String::strip).or(() -> bearer);
  }

  private static Optional<String> credential(String authorization) {
    for (String scheme : new String[] {BEARER, TOKEN}) {
      if (authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return Optional.of(authorization.substring(scheme.length()).strip());
      }
    }
    return Optional.empty();
  }

  private static Authentication toAuthentication(AppScope scope) {
    return Authentication.build(
        scope.keyId(),
        roles(scope),
        Map.of(
            AuthAttributes.AUTH_TYPE, AuthAttributes.API_KEY,
            AuthAttributes.ORG_ID, scope.orgId(),
            AuthAttributes.APP_ID, scope.appId(),
            AuthAttributes.KEY_ID, scope.keyId()));
  }

  /** The key's scopes as roles for {@code @Secured}; {@code admin} stands for every scope. */
  private static List<String> roles(AppScope scope) {
    return (scope.scopes().contains(Scope.ADMIN)
            ? Arrays.stream(Scope.values())
            : scope.scopes().stream())
        .map(Scope::value)
        .toList();
  }

  @Override
  public int getOrder() {
    // before the JWT fetcher, which would otherwise try to parse the key as a token
    return TokenAuthenticationFetcher.ORDER - 100;
  }
}
