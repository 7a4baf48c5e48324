package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day of a date written as an ordinal is its number: "June 14th" and "14 June" are one date.
 * Sentences written for this test, not taken from any evaluation set.
 */
class OrdinalsTest {

  @ParameterizedTest
  @CsvSource({
    "User's anniversary is on June 14th, 14",
    "User's anniversary is on the 14th of June, 14",
    "User's anniversary is on 14th June, 14"
  })
  void theDayOfADateIsItsNumber(String statement, String number) {
    assertThat(Statement.parse(statement).values()).contains(number);
  }

  @ParameterizedTest
  @CsvSource({"User lives on the 21st floor, 21st"})
  void anOrdinalThatIsNoDateStaysAsWritten(String statement, String ordinal) {
    assertThat(Statement.parse(statement).values()).contains(ordinal);
  }

  @ParameterizedTest
  @CsvSource({
    "User's anniversary is on 14 June, User's anniversary is on June 14th",
    "User's dentist appointment is on the 2nd of May, User's dentist appointment is on 2 May",
  })
  void oneDateInTwoFormatsIsOneStatement(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.9).action()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest
  @CsvSource({"User's anniversary is on June 14th, User's anniversary is on June 15th"})
  void anotherDayIsStillAnotherValue(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.9).action()).isEqualTo(Action.UPDATE);
  }
}
