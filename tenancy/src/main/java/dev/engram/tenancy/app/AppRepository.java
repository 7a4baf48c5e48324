package dev.engram.tenancy.app;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AppRepository extends CrudRepository<App, String> {
  boolean existsByOrgIdAndName(String orgId, String name);

  List<App> findByOrgIdOrderByName(String orgId);

  long countByOrgId(String orgId);
}
