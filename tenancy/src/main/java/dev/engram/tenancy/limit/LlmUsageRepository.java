package dev.engram.tenancy.limit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LlmUsageRepository extends GenericRepository<LlmUsageRow, String> {
  /** Counts one call if the day's count is below the limit; 1 if counted, 0 if not. */
  @Query(
      "update llm_usage set calls = calls + 1"
          + " where org_id = :orgId and usage_day = :day and calls < :limit")
  long increment(String orgId, LocalDate day, long limit);

  @Query("insert into llm_usage (org_id, usage_day, calls) values (:orgId, :day, 1)")
  void insertFirst(String orgId, LocalDate day);

  @Query("select calls from llm_usage where org_id = :orgId and usage_day = :day")
  Optional<Long> calls(String orgId, LocalDate day);
}
