package dev.engram.api.console;

import dev.engram.api.openapi.PublicOperations;
import dev.engram.api.security.AuthAttributes;
import dev.engram.api.security.ConsoleTokens;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.user.ConsoleUsers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Console sign-in: a bearer token for a username and password. Failed attempts are throttled per
 * username and per client address ({@code 429} with {@code Retry-After}).
 */
@PublicOperations
@Controller("/admin/v1/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Console: users")
final class LoginController {
  private final ConsoleUsers users;
  private final ConsoleTokens tokens;

  LoginController(ConsoleUsers users, ConsoleTokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @Serdeable
  record Credentials(@Nullable String username, @Nullable String password) {}

  @Operation(operationId = "signIn")
  @Post
  @ApiResponse(
      responseCode = "200",
      description = "Signed in: the console token (access_token) and its lifetime",
      content = @Content(schema = @Schema(implementation = BearerAccessRefreshToken.class)))
  MutableHttpResponse<?> login(HttpRequest<?> request, @Body Credentials credentials) {
    String address = request.getRemoteAddress().getAddress().getHostAddress();
    if (credentials.username() != null) {
      request.setAttribute(AuthAttributes.CLAIMED_ACTOR, credentials.username());
    }
    return users
        .signIn(credentials.username(), credentials.password(), address)
        .map(user -> tokens.issue(user, request))
        .orElseThrow(
            () ->
                new TenancyException(
                    TenancyErrorCode.INVALID_CREDENTIALS, "wrong username or password"));
  }
}
