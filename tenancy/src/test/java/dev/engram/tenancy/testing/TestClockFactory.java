package dev.engram.tenancy.testing;

import dev.engram.testing.OffsetClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** In tests, the application clock is an {@link OffsetClock} that tests can move. */
@Factory
public class TestClockFactory {
  @Singleton
  @Replaces(Clock.class)
  OffsetClock clock() {
    return new OffsetClock();
  }
}
