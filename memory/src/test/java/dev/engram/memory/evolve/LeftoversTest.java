package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One word left over after every other word was matched, covered by a definition of the other
 * side's words ({@link Leftovers}). Sentences written for this test, not taken from any evaluation
 * set.
 */
class LeftoversTest {

  private static Paraphrases.Reading read(String existing, String incoming) {
    return Paraphrases.read(
        existing, Readings.statement(existing), incoming, Readings.statement(incoming));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "commute": "travel back and forth regularly, as between one's place of work and home"
        "User takes the bus to work | User commutes by bus",
        // "online": "connected to a computer network …", "internet": "a computer network …"
        "User plays poker online | User plays poker on the internet",
      })
  void aWordTheOtherSideDefinesIsCovered(String existing, String incoming) {
    assertThat(read(existing, incoming).same()).isTrue();
    assertThat(decide(existing, incoming, 0.8).action()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // two nouns defined alike are two kinds of one thing
        "User plays the cello | User plays the flute",
        "User's favourite sport is rugby | User's favourite sport is cricket",
        // a number is a value: "bicycle" is defined with "two wheels"
        "User has a bicycle | User has two bicycles",
        // nothing in WordNet joins the two
        "User works remotely | User works in the office",
      })
  void otherwiseTheWordStaysLeftOver(String existing, String incoming) {
    assertThat(read(existing, incoming).same()).isFalse();
    assertThat(decide(existing, incoming, 0.8).action()).isNotEqualTo(Action.REINFORCE);
  }

  @Test
  void definitionsOfTwoNounsAreNotCompared() {
    assertThat(Leftovers.shareDefinition("online", "internet")).isTrue();
    assertThat(Leftovers.shareDefinition("tennis", "golf")).isFalse();
  }
}
