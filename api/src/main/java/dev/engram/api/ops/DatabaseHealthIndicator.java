package dev.engram.api.ops;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The relational database (tenancy, keys, jobs): reachable and which product. */
@Singleton
@Readiness
final class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
  private final DataSource dataSource;

  DatabaseHealthIndicator(DataSource dataSource) {
    // the raw pool: health checks run outside any transaction or connection scope
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(2)) {
        throw new IllegalStateException("the connection is not valid");
      }
      DatabaseMetaData meta = connection.getMetaData();
      details.put("product", meta.getDatabaseProductName());
      details.put("version", meta.getDatabaseProductVersion());
      details.put("embedded", meta.getDatabaseProductName().equalsIgnoreCase("H2"));
      healthStatus = HealthStatus.UP;
    } catch (SQLException e) {
      throw new IllegalStateException("database unreachable: " + e.getMessage(), e);
    }
    return details;
  }

  @Override
  protected String getName() {
    return "database";
  }
}
