package dev.engram.api.testing;

import dev.engram.tenancy.AppScope;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.util.Map;

/**
 * Test-only endpoints guarded by single scopes, so the scope wiring is tested independently of
 * whichever real endpoints need which scope.
 */
@Controller("/v1/test/scope-probe")
final class ScopeProbeController {
  @Get("/read")
  @Secured("memories:read")
  Map<String, String> read(AppScope scope) {
    return Map.of("app_id", scope.appId());
  }

  @Post("/write")
  @Secured("memories:write")
  Map<String, String> write(AppScope scope) {
    return Map.of("app_id", scope.appId());
  }

  @Get("/analytics")
  @Secured("analytics:read")
  Map<String, String> analytics(AppScope scope) {
    return Map.of("app_id", scope.appId());
  }
}
