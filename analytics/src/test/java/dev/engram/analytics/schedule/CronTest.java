package dev.engram.analytics.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.engram.analytics.AnalyticsException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CronTest {
  @Test
  void nextTickIsInTheScheduleTimeZone() {
    Cron cron = Cron.of("0 7 * * MON", "Europe/Paris");
    // Wednesday 2 December 2026, 10:00 UTC -> Monday 7 December, 07:00 in Paris = 06:00 UTC
    assertThat(cron.next(Instant.parse("2026-12-02T10:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-07T06:00:00Z"));
  }

  @Test
  void nextTickFollowsDaylightSavingTime() {
    Cron cron = Cron.of("0 7 * * *", "Europe/Paris");
    // summer time: 07:00 in Paris is 05:00 UTC
    assertThat(cron.next(Instant.parse("2026-07-01T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-07-02T05:00:00Z"));
  }

  @Test
  void missedTicksCollapseIntoTheLatestOne() {
    Cron hourly = Cron.of("0 * * * *", "UTC");
    Instant firstMissed = Instant.parse("2026-12-01T10:00:00Z");
    Instant now = Instant.parse("2026-12-04T09:30:00Z");
    assertThat(hourly.latestDue(firstMissed, now)).isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
    assertThat(hourly.latestDue(now.minusSeconds(60), now)).isEqualTo(now.minusSeconds(60));
  }

  @Test
  void aBadExpressionNamesCronAndABadZoneNamesTimeZone() {
    assertThatThrownBy(() -> Cron.of("0 7 * *", "UTC"))
        .isInstanceOfSatisfying(
            AnalyticsException.class,
            e -> {
              assertThat(e.field()).contains("cron");
              assertThat(e.getMessage()).contains("five fields");
            });
    assertThatThrownBy(() -> Cron.of("61 7 * * *", "UTC"))
        .isInstanceOfSatisfying(
            AnalyticsException.class, e -> assertThat(e.field()).contains("cron"));
    assertThatThrownBy(() -> Cron.of("0 7 * * *", "Europe/Atlantis"))
        .isInstanceOfSatisfying(
            AnalyticsException.class, e -> assertThat(e.field()).contains("time_zone"));
  }
}
