package dev.engram.tenancy.org;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationRepository extends CrudRepository<Organization, String> {
  boolean existsByName(String name);

  List<Organization> findAllOrderByName();
}
