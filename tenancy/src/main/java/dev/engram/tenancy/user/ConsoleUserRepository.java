package dev.engram.tenancy.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConsoleUserRepository extends CrudRepository<ConsoleUser, String> {
  Optional<ConsoleUser> findByUsername(String username);

  boolean existsByUsername(String username);

  /** The user whose username equals {@code username} ignoring case (Keycloak lower-cases them). */
  @Query("SELECT * FROM console_users WHERE lower(username) = lower(:username)")
  List<ConsoleUser> findByUsernameIgnoringCase(String username);

  List<ConsoleUser> findByOrgIdOrderByUsername(String orgId);

  List<ConsoleUser> findAllOrderByUsername();

  long countByRoleAndDisabledAtIsNull(String role);
}
