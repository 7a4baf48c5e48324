package dev.engram.tenancy.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Buckets in a bounded cache of this process; idle buckets (full again) are dropped. */
final class LocalTokenBuckets implements TokenBuckets {
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(1)).build();
  private final TimeMeter time;

  LocalTokenBuckets(Clock clock) {
    this.time = new ClockTimeMeter(clock);
  }

  @Override
  public ConsumptionProbe take(String name, BucketConfiguration configuration) {
    return buckets
        .get(
            name,
            n ->
                Bucket.builder()
                    .withCustomTimePrecision(time)
                    .addLimit(configuration.getBandwidths()[0])
                    .build())
        .tryConsumeAndReturnRemaining(1);
  }

  @Override
  public String where() {
    return "in-process";
  }

  /** Bucket4j time from the injected clock, so tests can move time. */
  private record ClockTimeMeter(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
