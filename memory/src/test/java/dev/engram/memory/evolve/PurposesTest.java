package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a statement says its subject wants ({@link Purposes}): "new" before a thing wanted is no
 * change, and two purposes are two facts. Sentences written for this test, not taken from any
 * evaluation set.
 */
class PurposesTest {

  @ParameterizedTest
  @ValueSource(strings = {"needs", "requires", "need"})
  void verbsOfNeeding(String word) {
    assertThat(Purposes.needing(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"has", "bought", "drives", "moved"})
  void otherVerbs(String word) {
    assertThat(Purposes.needing(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User is saving for a new bicycle",
        "User put aside 500 dollars for a new sofa",
        "User's laptop needs a new battery",
      })
  void newBeforeAThingWantedIsNoChange(String text) {
    assertThat(Statement.parse(text).changeWords()).isEmpty();
  }

  @Test
  void newBeforeAThingHadStaysAChange() {
    assertThat(Statement.parse("User has a new phone").changeWords()).contains("new");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User is saving for a wedding | User is saving for a new bicycle",
        "User put aside 500 dollars for a trip | User put aside 500 dollars for a new sofa",
        "User is saving for a trip to Peru | User is saving for a new car",
      })
  void twoPurposesAreTwoFacts(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.7).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a thing had, replaced: still a change
        "User drives a Ford Focus | User has a new car, a Tesla | UPDATE",
        // a price after "for" is a quantity replaced, not another purpose
        "User rents a shed for 40 pounds a month | User rents a shed for 45 pounds a month | UPDATE",
        // the purpose is where the subject works: a slot, not a purpose
        "User works for Siemens | User now works for Bosch | UPDATE",
      })
  void guards(String existing, String incoming, Action expected) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(expected);
  }
}
