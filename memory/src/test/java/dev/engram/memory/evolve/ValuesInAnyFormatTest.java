package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One value in two formats is one fact, two values in any formats are two ({@link Formats}).
 * Sentences written for this test, not taken from any evaluation set.
 */
class ValuesInAnyFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's yoga class starts at 7:15 | User's yoga class starts at a quarter past seven",
        "User's shift ends at 10 pm | User's shift ends at 22:00",
        "User's lunch break is at noon | User's lunch break is at 12 pm",
        "User lives on the ninth floor | User lives on the 9th floor",
        "User runs 5 kilometres every Sunday | User runs 5 km every Sunday",
        "User's commute takes 1.5 hours | User's commute takes an hour and a half",
        "User's bike cost €900 | User's bike cost 900 euros",
        "User's salary is £45,000 | User's salary is 45k pounds",
        "User has a PhD in biology | User has a doctorate in biology",
      })
  void oneValueInTwoFormatsIsOneFact(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.85).action()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's yoga class starts at 7:15 | User's yoga class starts at a quarter to seven",
        "User's shift ends at 10 pm | User's shift ends at 23:00",
        "User lives on the ninth floor | User lives on the 8th floor",
        "User runs 5 kilometres every Sunday | User runs 5 miles every Sunday",
        "User's bike cost €900 | User's bike cost 900 dollars",
        "User's salary is £45,000 | User's salary is 48k pounds",
      })
  void twoValuesAreNotOne(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.9).action()).isNotEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User rents a three-bedroom house in Leeds | User moved into a flat in York",
        "User lives in a two-storey cottage in Bath | User moved to an apartment in Bristol",
      })
  void aNumberInAModifierIsNoSlotOfItsOwn(String existing, String incoming) {
    // "three-bedroom" describes the house; the move still replaces where the user lives
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.UPDATE);
  }
}
