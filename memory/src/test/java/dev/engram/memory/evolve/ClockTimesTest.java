package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A time of the clock in one format ({@link ClockTimes}). */
class ClockTimesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "at 6:30 | at 6h30",
        "at half past six | at 6h30",
        "at six thirty | at 6h30",
        "at 11 pm | at 23h00",
        "at 23:00 | at 23h00",
        "at eleven at night | at 23h00",
        "at 11 o clock at night | at 23h00",
        "at 9:15 | at 9h15",
        "at a quarter past nine | at 9h15",
        "at quarter to eight | at 7h45",
        "at 7:45 | at 7h45",
        "at ten to five | at 4h50",
        "at twenty past 7 | at 7h20",
        "at noon | at 12h00",
        "at 12 pm | at 12h00",
        "at midnight | at 0h00",
        "at 12 am | at 0h00",
        "at 5:30 pm | at 17h30",
        "at 17:30 | at 17h30",
        "at 9am | at 9h00",
        "at nine in the morning | at 9h00",
        "at 7 in the evening | at 19h00",
        "at 2 at night | at 2h00",
        "seven fifteen in the evening | 19h15",
      })
  void oneTimeOneFormat(String text, String normal) {
    assertThat(ClockTimes.normalize(text)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "takes 5 to 10 minutes | takes 5 to 10 minutes",
        "has six thirty-year-old friends | has six thirty-year-old friends",
        "meets at 7 | meets at 7",
        "has 13 in the morning | has 13 in the morning",
        "the score was 3:1 | the score was 3:1",
        "in the afternoon | in the afternoon",
      })
  void whatIsNoTimeIsLeft(String text, String normal) {
    assertThat(ClockTimes.normalize(text)).isEqualTo(normal);
  }
}
