package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An attribute shared through a WordNet definition ({@link DefinedAttribute}): with a change word,
 * a word of one side named in a definition of a word of the other; without one, a noun of a change
 * in amount whose definition names the older statement's attribute. Sentences written for this
 * test, not taken from any evaluation set.
 */
class DefinedAttributeTest {

  @Test
  void aDefinitionNamesTheOtherSidesWord() {
    // commute: travel back and forth regularly, as between a place of work and home
    assertThat(DefinedAttribute.defines("commutes", Lexicon.canonical("work"))).isTrue();
    assertThat(DefinedAttribute.defines("commutes", Lexicon.canonical("salary"))).isFalse();
  }

  @Test
  void aNounOfAChangeInAmountNamesWhatChanged() {
    // raise: the amount a salary is increased
    assertThat(DefinedAttribute.changes("raise")).contains(Lexicon.canonical("salary"));
    // a salary is no change of an amount
    assertThat(DefinedAttribute.changes("salary")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "User works from home, User now commutes to the office every day",
    "User's salary is 30000 dollars a year, User got a raise last month",
  })
  void aChangeOfADefinedAttributeReplacesIt(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.5).action()).isEqualTo(Action.UPDATE);
  }

  @Test
  void withoutAChangeWordADefinitionIsNoChange() {
    // the two may well both hold: nothing says that one replaced the other
    assertThat(decide("User works from home", "User commutes to the gym by bike", 0.5).action())
        .isNotEqualTo(Action.UPDATE);
  }

  @Test
  void anAdditiveStatementAddsWhateverTheDefinition() {
    assertThat(
            decide("User works from home", "User also commutes to the office now on Fridays", 0.5)
                .action())
        .isNotEqualTo(Action.UPDATE);
  }
}
