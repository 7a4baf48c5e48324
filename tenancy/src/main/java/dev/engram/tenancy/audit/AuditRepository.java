package dev.engram.tenancy.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

/** Append and read only: no update, and deletion only of what the retention has passed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditEvent, String> {
  AuditEvent save(AuditEvent event);

  @Query("delete from audit_events where at < :before")
  long deleteOlderThan(Instant before);
}
