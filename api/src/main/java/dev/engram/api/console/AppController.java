package dev.engram.api.console;

import dev.engram.api.console.ConsoleViews.AppView;
import dev.engram.api.console.ConsoleViews.CreateApp;
import dev.engram.api.console.ConsoleViews.UpdateApp;
import dev.engram.api.idempotency.IdempotencyHeader;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Apps: isolated memory spaces inside an organization. */
@Controller("/admin/v1")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: apps")
final class AppController {
  private final Apps apps;

  AppController(Apps apps) {
    this.apps = apps;
  }

  @Get("/orgs/{orgId}/apps")
  List<AppView> list(@Parameter(hidden = true) Actor actor, String orgId) {
    return apps.list(actor, orgId).stream().map(AppView::of).toList();
  }

  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Post("/orgs/{orgId}/apps")
  @Status(HttpStatus.CREATED)
  AppView create(@Parameter(hidden = true) Actor actor, String orgId, @Body CreateApp body) {
    return AppView.of(apps.create(actor, orgId, body.name(), body.description()));
  }

  @Get("/apps/{appId}")
  AppView get(@Parameter(hidden = true) Actor actor, String appId) {
    return AppView.of(apps.get(actor, appId));
  }

  @Patch("/apps/{appId}")
  AppView update(@Parameter(hidden = true) Actor actor, String appId, @Body UpdateApp body) {
    return AppView.of(apps.update(actor, appId, body.name(), body.description()));
  }

  @Delete("/apps/{appId}")
  HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, String appId) {
    apps.delete(actor, appId);
    return HttpResponse.noContent();
  }
}
