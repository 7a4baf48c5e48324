package dev.engram.memory.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(5));

  @Test
  void doublesTheBackoffPerFailureUpToTheLongestWait() {
    assertThat(policy.wait(1, Optional.empty())).isEqualTo(Duration.ofMillis(1));
    assertThat(policy.wait(2, Optional.empty())).isEqualTo(Duration.ofMillis(2));
    assertThat(policy.wait(3, Optional.empty())).isEqualTo(Duration.ofMillis(4));
    assertThat(policy.wait(4, Optional.empty())).isEqualTo(Duration.ofMillis(5));
  }

  @Test
  void waitsWhatTheServerAsksWhenLongerButNeverPastTheLongestWait() {
    assertThat(policy.wait(1, Optional.of(Duration.ofMillis(3)))).isEqualTo(Duration.ofMillis(3));
    assertThat(policy.wait(3, Optional.of(Duration.ofMillis(2)))).isEqualTo(Duration.ofMillis(4));
    assertThat(policy.wait(1, Optional.of(Duration.ofHours(1)))).isEqualTo(Duration.ofMillis(5));
  }

  @Test
  void readsRetryAfterInSecondsOnly() {
    assertThat(RetryPolicy.retryAfter(Optional.of(" 7 "))).contains(Duration.ofSeconds(7));
    assertThat(RetryPolicy.retryAfter(Optional.of("Wed, 21 Oct 2026 07:28:00 GMT"))).isEmpty();
    assertThat(RetryPolicy.retryAfter(Optional.of("-1"))).isEmpty();
    assertThat(RetryPolicy.retryAfter(Optional.empty())).isEmpty();
  }

  @Test
  void retriesARetryableResultAndReturnsTheLastOneWhenAttemptsRunOut() {
    List<Duration> waits = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    Retry retry =
        policy.retry(
            "test",
            (Integer result) -> result < 10,
            e -> false,
            RetryPolicy.ServerWait.none(),
            waits::add);

    int last = retry.executeSupplier(calls::incrementAndGet);

    assertThat(last).isEqualTo(4);
    assertThat(waits)
        .containsExactly(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(4));
  }

  @Test
  void rethrowsAnExceptionItMayNotRetryAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    Retry retry =
        policy.retry(
            "test",
            result -> false,
            e -> e instanceof IllegalStateException,
            RetryPolicy.ServerWait.none(),
            wait -> {});

    assertThatThrownBy(
            () ->
                retry.executeSupplier(
                    () -> {
                      calls.incrementAndGet();
                      throw new IllegalArgumentException("bad request");
                    }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(calls).hasValue(1);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
  }
}
