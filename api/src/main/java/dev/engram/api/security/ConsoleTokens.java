package dev.engram.api.security;

import dev.engram.tenancy.user.ConsoleUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LoginHandler;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues console tokens (the bearer response of {@code POST /admin/v1/login}) carrying what {@link
 * ConsoleSessionValidator} checks on every request: the user's id and token version.
 */
@Singleton
public final class ConsoleTokens {
  private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;

  ConsoleTokens(LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler) {
    this.loginHandler = loginHandler;
  }

  /** The token response for the user (SecurityHeadersFilter marks it {@code no-store}). */
  public MutableHttpResponse<?> issue(ConsoleUser user, HttpRequest<?> request) {
    Map<String, Object> attributes = new HashMap<>();
    if (user.orgId() != null) {
      attributes.put(AuthAttributes.TENANT_ID, user.orgId());
    }
    attributes.put(AuthAttributes.USER_ID, user.id());
    attributes.put(AuthAttributes.TOKEN_VERSION, user.tokenVersion());
    Authentication authentication =
        Authentication.build(user.username(), List.of(user.role()), attributes);
    return loginHandler.loginSuccess(authentication, request);
  }
}
