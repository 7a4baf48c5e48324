package dev.engram.tenancy.limit;

import dev.engram.tenancy.AppScope;
import dev.engram.tenancy.TenancyErrorCode;
import dev.engram.tenancy.TenancyException;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests per second of API keys: a token bucket (Bucket4j) per organization and one per key, each
 * holding one second's worth of requests and refilled at that rate. With {@code
 * engram.limits.redis-url} (or {@code REDIS_URL}) set the buckets live in Redis and every instance
 * shares them; otherwise in this process.
 */
@Singleton
public class RateLimiter {
  private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

  private final Limits limits;
  private final TokenBuckets buckets;

  RateLimiter(Limits limits, LimitsConfiguration configuration, Clock clock) {
    this.limits = limits;
    this.buckets =
        configuration.redisUrl() == null || configuration.redisUrl().isBlank()
            ? new LocalTokenBuckets(clock)
            : new RedisTokenBuckets(configuration.redisUrl().strip());
    LOG.info("rate limit buckets: {}", buckets.where());
  }

  /**
   * Takes one request from the organization's and the key's allowance.
   *
   * @throws TenancyException {@code rate_limited} (429, with the wait) naming the limit reached
   */
  public void acquire(AppScope scope) {
    int orgRate = limits.forOrg(scope.orgId()).requestsPerSecond();
    take("org:" + scope.orgId() + ":" + orgRate, orgRate, "organization " + scope.orgId());
    int keyRate = limits.keyRequestsPerSecond(scope.keyId());
    take("key:" + scope.keyId() + ":" + keyRate, keyRate, "key " + scope.keyId());
  }

  /** Where the buckets live ({@code in-process} or {@code redis}). */
  public String where() {
    return buckets.where();
  }

  private void take(String name, int perSecond, String whose) {
    BucketConfiguration configuration =
        BucketConfiguration.builder()
            .addLimit(l -> l.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
            .build();
    ConsumptionProbe probe = buckets.take(name, configuration);
    if (!probe.isConsumed()) {
      long wait = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
      throw TenancyException.limited(
          TenancyErrorCode.RATE_LIMITED,
          "limit "
              + Limit.REQUESTS_PER_SECOND.value()
              + " of "
              + whose
              + " ("
              + perSecond
              + "/s) reached; retry in "
              + wait
              + " s",
          Duration.ofSeconds(wait));
    }
  }

  @PreDestroy
  void close() throws Exception {
    if (buckets instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }
}
