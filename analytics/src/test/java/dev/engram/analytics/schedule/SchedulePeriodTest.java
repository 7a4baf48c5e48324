package dev.engram.analytics.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.analytics.Window;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchedulePeriodTest {
  private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

  @Test
  void aWeekIsTheSevenDaysBeforeTheTick() {
    assertThat(new SchedulePeriod("week", 7).window(MONDAY))
        .isEqualTo(new Window(LocalDate.parse("2026-11-30"), MONDAY));
  }

  @Test
  void aMonthRunOnTheFirstCoversThePreviousCalendarMonth() {
    assertThat(new SchedulePeriod("month", 0).window(LocalDate.parse("2026-12-01")))
        .isEqualTo(new Window(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-01")));
  }

  @Test
  void customDaysCountBackFromTheTick() {
    assertThat(new SchedulePeriod("days", 14).window(MONDAY).days()).isEqualTo(14);
  }

  @Test
  void aTickHasOneRunIdOnEveryInstance() {
    Instant tick = Instant.parse("2026-12-07T06:00:00Z");
    assertThat(ReportRunner.scheduledRunId("rsch_a", tick))
        .isEqualTo(ReportRunner.scheduledRunId("rsch_a", tick))
        .isNotEqualTo(ReportRunner.scheduledRunId("rsch_a", tick.plusSeconds(3600)))
        .isNotEqualTo(ReportRunner.scheduledRunId("rsch_b", tick))
        .startsWith("rrun_");
  }

  @Test
  void fileNamesAreMadeSafe() {
    assertThat(ReportRunner.safeName("engram-executive-2026-11-30.pdf", "x.pdf"))
        .isEqualTo("engram-executive-2026-11-30.pdf");
    assertThat(ReportRunner.safeName("../../etc/passwd", "x.pdf")).isEqualTo("x.pdf");
    assertThat(ReportRunner.safeName("a b/c.pdf", "x.pdf")).isEqualTo("a_b_c.pdf");
  }
}
