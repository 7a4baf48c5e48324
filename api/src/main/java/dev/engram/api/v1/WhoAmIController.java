package dev.engram.api.v1;

import dev.engram.api.openapi.ApiKeyOperations;
import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.Scope;
import dev.engram.tenancy.app.App;
import dev.engram.tenancy.app.Apps;
import dev.engram.tenancy.org.Organization;
import dev.engram.tenancy.org.Organizations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Tells an API key's holder which organization, app and scopes the key stands for. */
@ApiKeyOperations
@Controller("/v1/whoami")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Keys")
final class WhoAmIController {
  private final Organizations organizations;
  private final Apps apps;

  WhoAmIController(Organizations organizations, Apps apps) {
    this.organizations = organizations;
    this.apps = apps;
  }

  @Serdeable
  record Named(String id, String name) {}

  @Serdeable
  record WhoAmI(Named org, Named app, String keyId, List<String> scopes) {}

  @Operation(operationId = "whoAmI")
  @Get
  WhoAmI whoami(@Parameter(hidden = true) AppScope scope) {
    String orgName = organizations.findById(scope.orgId()).map(Organization::name).orElse("");
    String appName = apps.findById(scope.appId()).map(App::name).orElse("");
    return new WhoAmI(
        new Named(scope.orgId(), orgName),
        new Named(scope.appId(), appName),
        scope.keyId(),
        scope.scopes().stream().map(Scope::value).sorted().toList());
  }
}
