package dev.engram.api.console;

import dev.engram.api.console.ConsoleViews.CreateOrg;
import dev.engram.api.console.ConsoleViews.OrgView;
import dev.engram.api.console.ConsoleViews.UpdateOrg;
import dev.engram.api.idempotency.IdempotencyHeader;
import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.tenancy.Actor;
import dev.engram.tenancy.org.Organizations;
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

/** Organizations (tenants). Platform admins create and delete; tenant users see their own. */
@ConsoleOperations
@Controller("/admin/v1/orgs")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: organizations")
final class OrganizationController {
  private final Organizations organizations;

  OrganizationController(Organizations organizations) {
    this.organizations = organizations;
  }

  @Operation(operationId = "listOrgs")
  @Get
  List<OrgView> list(@Parameter(hidden = true) Actor actor) {
    return organizations.list(actor).stream().map(OrgView::of).toList();
  }

  @Parameter(
      in = ParameterIn.HEADER,
      name = IdempotencyHeader.NAME,
      description = IdempotencyHeader.DESCRIPTION,
      schema = @Schema(type = "string", maxLength = 255))
  @Operation(operationId = "createOrg")
  @Post
  @Status(HttpStatus.CREATED)
  OrgView create(@Parameter(hidden = true) Actor actor, @Body CreateOrg body) {
    return OrgView.of(organizations.create(actor, body.name()));
  }

  @Operation(operationId = "getOrg")
  @Get("/{orgId}")
  OrgView get(@Parameter(hidden = true) Actor actor, String orgId) {
    return OrgView.of(organizations.get(actor, orgId));
  }

  @Operation(operationId = "updateOrg")
  @Patch("/{orgId}")
  OrgView update(@Parameter(hidden = true) Actor actor, String orgId, @Body UpdateOrg body) {
    return OrgView.of(organizations.rename(actor, orgId, body.name()));
  }

  @Operation(operationId = "deleteOrg")
  @Delete("/{orgId}")
  @ApiResponse(responseCode = "204", description = "Deleted, with its users and apps")
  HttpResponse<Void> delete(@Parameter(hidden = true) Actor actor, String orgId) {
    organizations.delete(actor, orgId);
    return HttpResponse.noContent();
  }
}
