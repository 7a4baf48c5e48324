package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An amount with one name for its unit ({@link Amounts}). */
class AmountsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "swims 2 km | swims 2 km",
        "swims 2km | swims 2 km",
        "swims 2 kilometres | swims 2 km",
        "swims 2 kilometers | swims 2 km",
        "runs 3 miles | runs 3 miles",
        "weighs 70 kilos | weighs 70 kg",
        "weighs 154 lbs | weighs 154 lb",
        "takes 40 milligrams | takes 40 mg",
        "takes 45 minutes | takes 45 minutes",
        "takes 45 min | takes 45 minutes",
        "takes three quarters of an hour | takes 45 minutes",
        "takes half an hour | takes 30 minutes",
        "takes a quarter of an hour | takes 15 minutes",
        "lasts 1.5 hours | lasts 90 minutes",
        "lasts an hour and a half | lasts 90 minutes",
        "lasts 2 and a half hours | lasts 150 minutes",
        "lasts 90 minutes | lasts 90 minutes",
        "lasts 120 minutes | lasts 2 hours",
        "lasts 2 hrs | lasts 2 hours",
        "lasts one hour | lasts 1 hour",
        "works 40 hours a week | works 40 hours a week",
      })
  void oneNameForAUnit(String text, String normal) {
    assertThat(Amounts.normalize(text)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "earns 20 dollars an hour | earns 20 dollars an hour",
        "weighs 70 kg | weighs 70 kg",
        "weighs 154 lb | weighs 154 lb",
        "ran a km | ran a km",
        "lives at 9h30 | lives at 9h30",
      })
  void otherUnitsAreNotConverted(String text, String normal) {
    assertThat(Amounts.normalize(text)).isEqualTo(normal);
  }
}
