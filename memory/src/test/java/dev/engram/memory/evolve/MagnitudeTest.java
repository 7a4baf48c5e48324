package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb of changing an amount with a number gives a new value of what was measured ({@link
 * Magnitude}), whoever made the change. Sentences written for this test, not taken from any
 * evaluation set.
 */
class MagnitudeTest {

  @ParameterizedTest
  @ValueSource(strings = {"raised", "increased", "reduced", "doubled", "increases"})
  void verbsOfChangingAnAmount(String word) {
    assertThat(Magnitude.verb(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"increase", "takes", "bought", "moved", "ran"})
  void otherWords(String word) {
    assertThat(Magnitude.verb(word)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"went, up", "gone, down", "goes, up"})
  void phrasalVerbsOfChangingAnAmount(String verb, String particle) {
    assertThat(Magnitude.phrasal(verb, particle)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"gave, up", "went, to", "picked, up"})
  void otherPhrasalVerbs(String verb, String particle) {
    assertThat(Magnitude.phrasal(verb, particle)).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User takes 10 mg of propranolol daily | The GP increased the user's propranolol to 20 mg"
            + " daily",
        "User's rent is 900 pounds a month | The landlord raised the user's rent to 950 pounds a"
            + " month",
        "User's council tax is 150 pounds a month | User's council tax went up to 160 pounds a"
            + " month",
      })
  void aNewAmountReplacesTheOld(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {"User takes 10 mg of propranolol daily | User increased the watering of the garden"})
  void withoutANumberNothingIsReplaced(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }
}
