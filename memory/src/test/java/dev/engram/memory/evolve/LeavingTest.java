package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the subject left it no longer has ({@link Relinquishing#left}, {@link Statement#givenUp}),
 * whatever the rest of the statement adds. Sentences written for this test, not taken from any
 * evaluation set.
 */
class LeavingTest {

  @ParameterizedTest
  @ValueSource(strings = {"left", "departed", "resigned"})
  void verbsOfLeavingInThePast(String word) {
    assertThat(Relinquishing.left(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"leaves", "leave", "joined", "moved", "visited", "sold", "went", "bought"})
  void notVerbsOfLeavingInThePast(String word) {
    assertThat(Relinquishing.left(word)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User works at Siemens, User left Siemens and joined Bosch",
    "User is a member of the Fenwick rowing club, User left the Fenwick rowing club last spring",
    "User works for Barclays, User resigned from Barclays to start a bakery",
  })
  void leavingWhatOneHadEndsIt(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource({
    // someone else left
    "User works at Siemens, User's brother left Siemens last year",
    // the object left is not what the older statement holds
    "User works at Siemens, User left Berlin and moved to Munich",
  })
  void notLeavingWhatTheOtherHas(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isNotEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource({"User left Siemens and joined Bosch", "User resigned from Barclays"})
  void theObjectOfTheVerbOfLeavingIsGivenUp(String statement) {
    assertThat(Statement.parse(statement).givenUp()).hasSize(1);
  }
}
