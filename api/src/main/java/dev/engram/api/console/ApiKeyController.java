package dev.engram.api.console;

import dev.engram.api.console.ConsoleViews.CreateKey;
import dev.engram.api.console.ConsoleViews.IssuedKeyView;
import dev.engram.api.console.ConsoleViews.KeyView;
import dev.engram.api.idempotency.IdempotencyHeader;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.TenancyException;
import dev.engram.tenancy.apikey.ApiKeys;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** API keys of apps: issue (the secret is shown once), list, rotate, revoke. */
@ConsoleOperations
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: API keys")
final class ApiKeyController {
  /** Scopes of a key created without naming any. */
  private static final Set<Scope> DEFAULT_SCOPES =
      EnumSet.of(Scope.MEMORIES_READ, Scope.MEMORIES_WRITE);

  private final ApiKeys keys;
  private final Clock clock;

  ApiKeyController(ApiKeys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  @Operation(operationId = "listAppKeys")
  @Get("/apps/{appId}/keys")
  List<KeyView> list(@Parameter(hidden = true) Actor actor, String appId) {
    return keys.list(actor, appId).stream().map(k -> KeyView.of(k, clock.instant())).toList();
  }

  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Operation(operationId = "createAppKey")
  @Post("/apps/{appId}/keys")
  @Status(HttpStatus.CREATED)
  IssuedKeyView create(@Parameter(hidden = true) Actor actor, String appId, @Body CreateKey body) {
    Set<Scope> scopes = body.scopes() == null ? DEFAULT_SCOPES : parseScopes(body.scopes());
    return IssuedKeyView.of(
        keys.create(actor, appId, body.name(), scopes, body.expiresAt()), clock.instant());
  }

  @Operation(operationId = "getKey")
  @Get("/keys/{keyId}")
  KeyView get(@Parameter(hidden = true) Actor actor, String keyId) {
    return KeyView.of(keys.get(actor, keyId), clock.instant());
  }

  @Operation(operationId = "rotateKey")
  @Post("/keys/{keyId}/rotate")
  @Status(HttpStatus.CREATED)
  IssuedKeyView rotate(@Parameter(hidden = true) Actor actor, String keyId) {
    return IssuedKeyView.of(keys.rotate(actor, keyId), clock.instant());
  }

  @Operation(operationId = "revokeKey")
  @Post("/keys/{keyId}/revoke")
  KeyView revoke(@Parameter(hidden = true) Actor actor, String keyId) {
    return KeyView.of(keys.revoke(actor, keyId), clock.instant());
  }

  private static Set<Scope> parseScopes(List<String> values) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    for (String value : values) {
      scopes.add(
          Scope.fromValue(value)
              .orElseThrow(
                  () ->
                      TenancyException.invalid(
                          "scopes",
                          "unknown scope '"
                              + value
                              + "'; use "
                              + Arrays.stream(Scope.values())
                                  .map(Scope::value)
                                  .collect(Collectors.joining(", ")))));
    }
    return scopes;
  }
}
