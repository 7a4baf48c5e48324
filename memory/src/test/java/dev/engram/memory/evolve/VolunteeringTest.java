package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Volunteering holds many places at once ({@link Lexicon#ADDITIVE_PREDICATE}). Sentences written
 * for this test, not taken from any evaluation set.
 */
class VolunteeringTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User volunteers at the hospice | User volunteers at a youth club",
        "User volunteers for the Red Cross | User volunteers at the library",
      })
  void volunteeringInTwoPlacesIsTwoFacts(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.7);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {"User volunteers at the hospice | User no longer volunteers at the hospice"})
  void stoppingStillReplaces(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }
}
