package dev.engram.api.security;

import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.user.ConsoleSessions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Refuses a validly signed console token whose session has ended: its user was deleted or disabled,
 * or changed password since the token was issued (the token's version is behind the user's).
 */
@Singleton
final class ConsoleSessionValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {
  private final ConsoleSessions sessions;

  ConsoleSessionValidator(ConsoleSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
    boolean current =
        claims.get(AuthAttributes.USER_ID) instanceof String userId
            && claims.get(Claims.SUBJECT) instanceof String username
            && claims.get(AuthAttributes.TOKEN_VERSION) instanceof Number version
            && sessions.isCurrent(userId, username, version.intValue());
    if (!current && request != null) {
      request.setAttribute(
          AuthAttributes.KEY_FAILURE,
          new TenancyException(
              TenancyErrorCode.SESSION_ENDED,
              "this console session has ended (password changed, user disabled or deleted);"
                  + " sign in again"));
    }
    return current;
  }
}
