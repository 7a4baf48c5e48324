package dev.engram.api.compat.openmemory;

import dev.engram.api.compat.openmemory.OpenMemoryViews.Health;
import dev.engram.api.openapi.PublicOperations;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * OpenMemory's health check, {@code GET /api/v1/health}, open like the native {@code /health}:
 * {@code {status: "healthy", version, database: "connected", uptime_seconds}}, or 503 with {@code
 * status: "unhealthy"} and {@code database: "disconnected"} when the database does not answer.
 */
@PublicOperations
@Controller("/api/v1/health")
@Tag(name = "Compatibility: OpenMemory")
final class OpenMemoryHealthController {
  private final DataSource dataSource;
  private final String version = version();

  OpenMemoryHealthController(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  @Operation(operationId = "openMemoryHealth")
  @Get
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<Health> health() {
    boolean connected;
    try (Connection c = dataSource.getConnection()) {
      connected = c.isValid(2);
    } catch (SQLException e) {
      connected = false;
    }
    Health health =
        new Health(
            connected ? "healthy" : "unhealthy",
            version,
            connected ? "connected" : "disconnected",
            ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    return HttpResponse.status(connected ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .body(health);
  }

  /** The version Maven wrote into {@code engram-build.properties}, or "unknown". */
  private static String version() {
    try (InputStream in =
        OpenMemoryHealthController.class.getResourceAsStream("/engram-build.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
