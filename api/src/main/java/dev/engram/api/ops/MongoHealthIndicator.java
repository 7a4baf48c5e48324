package dev.engram.api.ops;

import dev.engram.memory.index.atlas.AtlasSearchStatus;
import dev.engram.memory.store.mongo.MongoStatus;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The MongoDB memory store: its database, whether related writes are transactions (replica set,
 * Atlas) or separate writes mended at start, and, with the Atlas index, the apps whose search
 * indexes are still building (their searches find nothing until Atlas has built them). Building
 * indexes leave the instance UP: the other apps are served.
 */
@Singleton
@Readiness
@Requires(beans = MongoStatus.class)
final class MongoHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
  private final MongoStatus mongo;
  private final Optional<AtlasSearchStatus> atlas;

  MongoHealthIndicator(MongoStatus mongo, Optional<AtlasSearchStatus> atlas) {
    this.mongo = mongo;
    this.atlas = atlas;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("database", mongo.database());
    boolean transactions = mongo.transactions();
    details.put("transactions", transactions);
    details.put(
        "write_atomicity",
        transactions
            ? "multi-document transactions"
            : "one document at a time (no replica set): missing events and half-done"
                + " supersessions are repaired at start");
    atlas.ifPresent(
        status -> {
          Map<String, String> building = status.building();
          details.put("search_indexes", building.isEmpty() ? "ready" : "building");
          details.put("search_indexes_building", building);
        });
    healthStatus = HealthStatus.UP;
    return details;
  }

  @Override
  protected String getName() {
    return "mongodb";
  }
}
