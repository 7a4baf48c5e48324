package dev.engram.tenancy.limit;

import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * LLM calls per organization and UTC day (each call the engines make for one of its apps), counted
 * in the database (so every instance counts against the same number) with a conditional update that
 * never goes past the limit.
 */
@Singleton
public class LlmQuota {
  private final LlmUsageRepository repository;
  private final Limits limits;
  private final Clock clock;

  LlmQuota(LlmUsageRepository repository, Limits limits, Clock clock) {
    this.repository = repository;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Refuses when the organization has used up today's calls already (a request that would need the
   * LLM is then turned away before it does anything); counts nothing.
   *
   * @throws TenancyException {@code quota_exceeded} (429, retry after the next UTC midnight)
   */
  public void requireRoom(String orgId) {
    long limit = limits.forOrg(orgId).llmCallsPerDay();
    LocalDate day = today();
    if (repository.calls(orgId, day).orElse(0L) >= limit) {
      throw exceeded(orgId, limit, day);
    }
  }

  /**
   * Counts one LLM call of the organization.
   *
   * @throws TenancyException {@code quota_exceeded} (429, retry after the next UTC midnight)
   */
  public void take(String orgId) {
    long limit = limits.forOrg(orgId).llmCallsPerDay();
    LocalDate day = today();
    // calls of one organization may come at once (an extraction's two passes): a day's row created
    // by another call between this one's increment and its read is counted on again, not refused
    for (int attempt = 0; attempt < 3; attempt++) {
      if (repository.increment(orgId, day, limit) == 1) {
        return;
      }
      Optional<Long> calls = repository.calls(orgId, day);
      if (calls.isEmpty()) {
        try {
          repository.insertFirst(orgId, day);
          return;
        } catch (DataAccessException raced) {
          continue;
        }
      }
      if (calls.get() >= limit) {
        break;
      }
    }
    throw exceeded(orgId, limit, day);
  }

  private TenancyException exceeded(String orgId, long limit, LocalDate day) {
    Instant now = clock.instant();
    Duration wait = Duration.between(now, day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    return TenancyException.limited(
        TenancyErrorCode.QUOTA_EXCEEDED,
        "limit "
            + Limit.LLM_CALLS_PER_DAY.value()
            + " of organization "
            + orgId
            + " ("
            + limit
            + ") reached for today (UTC)",
        Duration.ofSeconds(Math.max(1, wait.toSeconds())));
  }

  /** LLM calls of the organization so far today (UTC). */
  public long today(String orgId) {
    return repository.calls(orgId, today()).orElse(0L);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
