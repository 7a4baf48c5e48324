package dev.engram.api.console;

import dev.engram.api.console.ConsoleViews.AppView;
import dev.engram.api.console.ConsoleViews.CreateApp;
import dev.engram.api.console.ConsoleViews.UpdateApp;
import dev.engram.api.idempotency.IdempotencyHeader;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.memory.index.atlas.AtlasSearchStatus;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.app.Apps;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Apps: isolated memory spaces inside an organization. */
@ConsoleOperations
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: apps")
final class AppController {
  private final Apps apps;
  private final Optional<AtlasSearchStatus> atlas;

  AppController(Apps apps, Optional<AtlasSearchStatus> atlas) {
    this.apps = apps;
    this.atlas = atlas;
  }

  /** Apps whose search indexes a remote search service is still building; empty with Lucene. */
  private Map<String, String> building() {
    return atlas.map(AtlasSearchStatus::building).orElse(Map.of());
  }

  @Operation(operationId = "listOrgApps")
  @Get("/orgs/{orgId}/apps")
  List<AppView> list(@Parameter(hidden = true) Actor actor, String orgId) {
    Map<String, String> building = building();
    return apps.list(actor, orgId).stream().map(app -> AppView.of(app, building)).toList();
  }

  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Operation(operationId = "createApp")
  @Post("/orgs/{orgId}/apps")
  @Status(HttpStatus.CREATED)
  AppView create(@Parameter(hidden = true) Actor actor, String orgId, @Body CreateApp body) {
    return AppView.of(apps.create(actor, orgId, body.name(), body.description()), building());
  }

  @Operation(operationId = "getApp")
  @Get("/apps/{appId}")
  AppView get(@Parameter(hidden = true) Actor actor, String appId) {
    return AppView.of(apps.get(actor, appId), building());
  }

  @Operation(operationId = "updateApp")
  @Patch("/apps/{appId}")
  AppView update(@Parameter(hidden = true) Actor actor, String appId, @Body UpdateApp body) {
    return AppView.of(apps.update(actor, appId, body.name(), body.description()), building());
  }

  @Operation(operationId = "deleteApp")
  @Delete("/apps/{appId}")
  @ApiResponse(responseCode = "204", description = "Deleted, with its keys and data")
  HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, String appId) {
    apps.delete(actor, appId);
    return HttpResponse.noContent();
  }
}
