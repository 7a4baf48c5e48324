package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two direct objects of a verb that holds many at once ({@link ManyObjects}) are two facts.
 * Sentences written for this test, not taken from any evaluation set.
 */
class ManyObjectsTest {

  private static boolean distinct(String existing, String incoming) {
    Statement a = Readings.statement(existing);
    Statement b = Readings.statement(incoming);
    return ManyObjects.distinct(a, b, Difference.of(a, b));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // body: worn things
        "User wears a scarf in winter | User wears a hat in winter",
        // perception: people one sees
        "User sees a physiotherapist every month | User sees an optician every month",
        // communication: reports, subjects taught
        "Customer reports a delay in shipping | Customer reports an error in billing",
        "User teaches chemistry | User teaches biology",
      })
  void twoObjectsOfAVerbThatHoldsManyAreTwoFacts(String existing, String incoming) {
    assertThat(distinct(existing, incoming)).isTrue();
    assertThat(decide(existing, incoming, 0.7).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a verb that compares chooses one
        "User prefers tea | User prefers coffee",
        // a state, not an object
        "User feels tired | User feels rested",
        // a verb of place or motion: left to the other rules
        "User lives in Oslo | User lives in Bergen",
        "User drives a Volvo | User drives a Skoda",
        // a manner, not an object
        "User pays by cheque | User pays by card",
        // a change word says one replaced the other
        "User wears glasses | User now wears contact lenses",
      })
  void otherwiseNot(String existing, String incoming) {
    assertThat(distinct(existing, incoming)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sees", "wears", "speaks", "reports", "owns", "loves"})
  void verbsThatHoldMany(String verb) {
    assertThat(ManyObjects.holdsMany(verb)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"prefers", "lives", "drives", "works", "moves", "see"})
  void verbsThatDoNotOrNoInflectedVerb(String verb) {
    assertThat(ManyObjects.holdsMany(verb)).isFalse();
  }
}
