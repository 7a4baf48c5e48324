package dev.engram.tenancy.apikey;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRepository extends CrudRepository<ApiKey, String> {
  Optional<ApiKey> findByKeyHash(String keyHash);

  List<ApiKey> findByAppIdOrderByCreatedAt(String appId);

  void updateLastUsedAt(@Id String id, Instant lastUsedAt);
}
