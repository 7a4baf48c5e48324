package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the subject gave up (sold) it no longer has ({@link Relinquishing}), whatever else the
 * statement adds. Sentences written for this test, not taken from any evaluation set.
 */
class RelinquishingTest {

  @ParameterizedTest
  @ValueSource(strings = {"sold"})
  void verbsOfGivingUp(String word) {
    assertThat(Relinquishing.gaveUp(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sells", "sell", "bought", "owned", "rented", "drove", "kept"})
  void notGivingUpInThePast(String word) {
    assertThat(Relinquishing.gaveUp(word)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User owns a Vauxhall Corsa, User sold the Vauxhall Corsa and got a Kia",
    "User has a piano, User sold the piano",
    "User has an old motorbike, User sold the old motorbike last week",
  })
  void sellingWhatOneHadEndsIt(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource({
    "User sells cakes at the market, User bakes cakes at home",
    "User has a piano, User sold a guitar",
  })
  void notSellingWhatTheOtherHas(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isNotEqualTo(Action.UPDATE);
  }
}
