package dev.engram.api.console;

import dev.engram.api.openapi.ConsoleOperations;
import dev.engram.tenancy.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.reactivestreams.Publisher;

/**
 * Health for the console's health page. The public {@code /health} shows only the overall status;
 * signed-in platform admins get the components (database, memory engine: store, index, embeddings,
 * rules or LLM, single-instance mode) as an operator would. Other console users get the status.
 */
@ConsoleOperations
@Controller("/admin/v1/health")
@Secured({ConsoleRoles.PLATFORM_ADMIN, ConsoleRoles.TENANT_ADMIN, ConsoleRoles.TENANT_VIEWER})
@Tag(name = "Console: health")
final class ConsoleHealthController {
  private final HealthEndpoint health;
  private final String version;

  ConsoleHealthController(HealthEndpoint health) {
    this.health = health;
    this.version = buildVersion();
  }

  /**
   * @param status UP, DOWN or UNKNOWN
   * @param version the Engram version this server was built from
   * @param details per component: its status and details (platform admins only)
   */
  @Serdeable
  record HealthView(String status, String version, @Nullable Object details) {}

  @Operation(operationId = "getConsoleHealth")
  @Get
  @SingleResult
  @ApiResponse(
      responseCode = "200",
      description = "the health",
      content = @Content(schema = @Schema(implementation = HealthView.class)))
  Publisher<HealthView> health(@Parameter(hidden = true) Actor actor) {
    return Publishers.map(
        health.getHealth(null),
        (HealthResult r) ->
            new HealthView(
                r.getStatus().getName(), version, actor.isPlatformAdmin() ? r.getDetails() : null));
  }

  /** The version Maven wrote into {@code engram-build.properties}, or "unknown". */
  static String buildVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        ConsoleHealthController.class.getResourceAsStream("/engram-build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String v = properties.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }
}
