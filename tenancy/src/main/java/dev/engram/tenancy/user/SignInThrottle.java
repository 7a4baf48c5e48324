package dev.engram.tenancy.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.engram.tenancy.TenancyException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Token buckets (Bucket4j) of failed sign-ins per username and per client address, kept in a
 * bounded Caffeine cache. An attempt takes a token from both before the password is checked (so a
 * flood costs no Argon2 work); a successful sign-in gives them back.
 */
@Singleton
final class SignInThrottle {
  private static final long MAX_TRACKED = 100_000;

  private final SignInConfiguration configuration;
  private final TimeMeter time;
  private final Cache<String, Bucket> users;
  private final Cache<String, Bucket> addresses;

  SignInThrottle(SignInConfiguration configuration, Clock clock) {
    this.configuration = configuration;
    this.time = new ClockTimeMeter(clock);
    this.users = cache(configuration.period());
    this.addresses = cache(configuration.period());
  }

  /** Takes one attempt from the user's and the address's allowance, or fails with 429. */
  void acquire(String username, String address) {
    Bucket user = users.get(username, u -> bucket(configuration.perUser()));
    ConsumptionProbe byUser = user.tryConsumeAndReturnRemaining(1);
    if (!byUser.isConsumed()) {
      throw throttled("this username", byUser);
    }
    ConsumptionProbe byAddress =
        addresses
            .get(address, a -> bucket(configuration.perAddress()))
            .tryConsumeAndReturnRemaining(1);
    if (!byAddress.isConsumed()) {
      user.addTokens(1);
      throw throttled("this address", byAddress);
    }
  }

  /** A successful sign-in does not count against either allowance. */
  void release(String username, String address) {
    Bucket user = users.getIfPresent(username);
    if (user != null) {
      user.addTokens(1);
    }
    Bucket byAddress = addresses.getIfPresent(address);
    if (byAddress != null) {
      byAddress.addTokens(1);
    }
  }

  private Bucket bucket(int capacity) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, configuration.period()))
        .withCustomTimePrecision(time)
        .build();
  }

  private static TenancyException throttled(String who, ConsumptionProbe probe) {
    Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
    long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    return TenancyException.throttled(
        "too many failed sign-ins from " + who + "; retry in " + seconds + " s",
        Duration.ofSeconds(seconds));
  }

  private static Cache<String, Bucket> cache(Duration period) {
    return Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(period).build();
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
