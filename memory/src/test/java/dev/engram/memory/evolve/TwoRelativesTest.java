package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two relatives, one on each side, are two people even when what is said of them is opposite
 * values: "son … primary school" / "daughter … secondary school" are two facts, not one replaced.
 * Sentences written for this test, not taken from any evaluation set.
 */
class TwoRelativesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's son goes to primary school | User's daughter goes to secondary school",
        "User's brother works the early shift | User's sister works the late shift",
        "User's mother is tall | User's father is short",
      })
  void oppositeValuesOfTwoRelativesAreTwoFacts(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.7).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // one relative on both sides: opposite values replace
        "User's son works the early shift | User's son works the late shift | UPDATE",
        // a change word still moves the one relative
        "User's son is in primary school | User's son is now in secondary school | UPDATE",
      })
  void guards(String existing, String incoming, Action expected) {
    assertThat(decide(existing, incoming, 0.7).action()).isEqualTo(expected);
  }
}
