package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Degrees, weekdays and months written out ({@link Abbreviations}). */
class AbbreviationsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "has an MSc in physics | has an master of science degree in physics",
        "has a Master of Science in physics | has a master of science degree in physics",
        "has a master degree in physics | has a master degree in physics",
        "has a masters degree | has a master degree",
        "has a master in law | has a master degree in law",
        "has a PhD | has a doctorate degree",
        "has a Ph.D. in history | has a doctorate degree in history",
        "has a doctorate | has a doctorate degree",
        "has a BA in history | has a bachelor of arts degree in history",
        "has a BA | has a bachelor of arts degree",
        "has a BSc from Leeds | has a bachelor of science degree from Leeds",
        "gym on Mon and Wed | gym on Monday and Wed",
        "born 3 Sept 2019 | born 3 September 2019",
        "due Jan 12 | due January 12",
        "every Tues | every Tuesday",
      })
  void writtenOut(String text, String normal) {
    assertThat(Abbreviations.normalize(text)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "is a master chef | is a master chef",
        "is a bachelor | is a bachelor",
        "flew BA to Rome | flew BA to Rome",
        "Jan likes tea | Jan likes tea",
        "Sat on the bench | Sat on the bench",
        "wed in June | wed in June",
      })
  void leftAsWritten(String text, String normal) {
    assertThat(Abbreviations.normalize(text)).isEqualTo(normal);
  }
}
