package dev.engram.api.console;

import dev.engram.api.console.ConsoleViews.ChangePassword;
import dev.engram.api.console.ConsoleViews.ChangeRole;
import dev.engram.api.console.ConsoleViews.CreateUser;
import dev.engram.api.console.ConsoleViews.Me;
import dev.engram.api.console.ConsoleViews.UserView;
import dev.engram.api.idempotency.IdempotencyHeader;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.api.security.ConsoleTokens;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Role;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.user.ConsoleUser;
import dev.engram.tenancy.user.ConsoleUsers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.token.render.BearerAccessRefreshToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Console users and the signed-in user. */
@ConsoleOperations
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: users")
final class UserController {
  private final ConsoleUsers users;
  private final ConsoleTokens tokens;

  UserController(ConsoleUsers users, ConsoleTokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @Operation(operationId = "getCurrentUser")
  @Get("/me")
  Me me(@Parameter(hidden = true) Actor actor) {
    return new Me(actor.username(), actor.role().value(), actor.orgId().orElse(null));
  }

  /**
   * Signs out on the server: every token issued to the signed-in user so far is refused from now on
   * (all of the user's sessions end, in every browser).
   */
  @Operation(operationId = "signOut")
  @Post("/logout")
  @ApiResponse(responseCode = "204", description = "Signed out: the token no longer works")
  HttpResponse<Void> logout(@Parameter(hidden = true) Actor actor) {
    users.signOut(actor);
    return HttpResponse.noContent();
  }

  @Operation(operationId = "listUsers")
  @Get("/users")
  List<UserView> list(
      @Parameter(hidden = true) Actor actor, @Nullable @QueryValue("org_id") String orgId) {
    return users.list(actor, orgId).stream().map(UserView::of).toList();
  }

  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Operation(operationId = "createUser")
  @Post("/users")
  @Status(HttpStatus.CREATED)
  UserView create(@Parameter(hidden = true) Actor actor, @Body CreateUser body) {
    Role role = parseRole(body.role());
    return UserView.of(users.create(actor, body.username(), body.password(), role, body.orgId()));
  }

  private static Role parseRole(@Nullable String value) {
    return Role.fromValue(value == null ? "" : value)
        .orElseThrow(
            () ->
                TenancyException.invalid(
                    "role", "must be one of platform-admin, tenant-admin, tenant-viewer"));
  }

  @Operation(operationId = "getUser")
  @Get("/users/{userId}")
  UserView get(@Parameter(hidden = true) Actor actor, String userId) {
    return UserView.of(users.get(actor, userId));
  }

  /**
   * Sets a password and ends the user's sessions. Your own needs {@code current_password} and
   * answers with a fresh token for this session; another user's answers 204.
   */
  @Operation(operationId = "changeUserPassword")
  @Put("/users/{userId}/password")
  @ApiResponse(
      responseCode = "200",
      description = "Your own password changed: a fresh token for this session",
      content = @Content(schema = @Schema(implementation = BearerAccessRefreshToken.class)))
  @ApiResponse(responseCode = "204", description = "Another user's password changed")
  HttpResponse<?> changePassword(
      HttpRequest<?> request,
      @Parameter(hidden = true) Actor actor,
      String userId,
      @Body ChangePassword body) {
    ConsoleUser user = users.changePassword(actor, userId, body.currentPassword(), body.password());
    return user.username().equals(actor.username())
        ? tokens.issue(user, request)
        : HttpResponse.noContent();
  }

  /**
   * Changes a user's role (and organization, for moves to or from platform admin); the user's
   * sessions end so the new role takes effect at its next sign-in.
   */
  @Operation(operationId = "changeUserRole")
  @Put("/users/{userId}/role")
  UserView changeRole(@Parameter(hidden = true) Actor actor, String userId, @Body ChangeRole body) {
    return UserView.of(users.changeRole(actor, userId, parseRole(body.role()), body.orgId()));
  }

  /** Disables a user: its sessions end at once and it cannot sign in until enabled. */
  @Operation(operationId = "disableUser")
  @Post("/users/{userId}/disable")
  UserView disable(@Parameter(hidden = true) Actor actor, String userId) {
    return UserView.of(users.setDisabled(actor, userId, true));
  }

  @Operation(operationId = "enableUser")
  @Post("/users/{userId}/enable")
  UserView enable(@Parameter(hidden = true) Actor actor, String userId) {
    return UserView.of(users.setDisabled(actor, userId, false));
  }

  @Operation(operationId = "deleteUser")
  @Delete("/users/{userId}")
  @ApiResponse(responseCode = "204", description = "Deleted; the user's sessions ended")
  HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, String userId) {
    users.delete(actor, userId);
    return HttpResponse.noContent();
  }
}
