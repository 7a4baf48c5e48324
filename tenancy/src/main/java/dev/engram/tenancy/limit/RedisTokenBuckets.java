package dev.engram.tenancy.limit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import redis.clients.jedis.RedisClient;

/**
 * Buckets in Redis (Bucket4j's Jedis proxy manager, compare-and-swap): every instance that points
 * at the same Redis shares them. A bucket's key expires once it would be full again.
 */
final class RedisTokenBuckets implements TokenBuckets, AutoCloseable {
  private static final String PREFIX = "engram:rate:";

  private final RedisClient redis;
  private final ProxyManager<byte[]> buckets;

  RedisTokenBuckets(String url) {
    this.redis = RedisClient.create(url);
    this.buckets =
        Bucket4jJedis.casBasedBuilder(redis)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(10)))
            .build();
  }

  @Override
  public ConsumptionProbe take(String name, BucketConfiguration configuration) {
    return buckets
        .builder()
        .build((PREFIX + name).getBytes(StandardCharsets.UTF_8), () -> configuration)
        .tryConsumeAndReturnRemaining(1);
  }

  @Override
  public String where() {
    return "redis";
  }

  @Override
  public void close() {
    redis.close();
  }
}
