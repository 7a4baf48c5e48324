package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb one of whose WordNet senses the other statement spells out is the same statement ({@link
 * VerbGlosses}): "cycles" is to ride a bicycle (a bike). Sentences written for this test, not taken
 * from any evaluation set.
 */
class VerbGlossesTest {

  @Test
  void aVerbSpellsOutItsDefinitionAndSynonyms() {
    assertThat(VerbGlosses.spellsOut("cycles", List.of("ride", "bike"))).isTrue();
    assertThat(VerbGlosses.spellsOut("cycles", List.of("ride", "horse"))).isFalse();
  }

  @Test
  void notAnInflectedVerbOrTooFewWords() {
    assertThat(VerbGlosses.spellsOut("cycle", List.of("ride", "bike"))).isFalse();
    assertThat(VerbGlosses.spellsOut("cycles", List.of("bike"))).isFalse();
    assertThat(VerbGlosses.spellsOut("swims", List.of("ride", "bike"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User cycles to the office, User rides a bike to the office",
    "Sam rides a bike to school, Sam cycles to school",
  })
  void aVerbAndItsDefinitionAreOneStatement(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.7).action()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest
  @CsvSource({
    "User cycles to the office, User drives a car to the office",
    "User cycles to the office, User doesn't ride a bike to the office",
    "User cycles to the office, User rides a horse to the office",
  })
  void otherVerbsOrANegationAreNot(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.7).action()).isNotEqualTo(Action.REINFORCE);
  }
}
