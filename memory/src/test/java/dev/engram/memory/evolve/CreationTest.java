package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb of making or growing holds many objects ({@link Creation}): two things made are two facts.
 * Sentences written for this test, not taken from any evaluation set.
 */
class CreationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"grows", "grow", "bakes", "baked", "knits", "brews", "paints", "writes", "cooks"})
  void verbsOfMaking(String word) {
    assertThat(Creation.verb(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "drives", "has", "makes", "works", "owns", "plays", "takes", "uses", "rents", "wears",
        "teaches", "bread"
      })
  void notVerbsOfMaking(String word) {
    assertThat(Creation.verb(word)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User grows potatoes in the garden, User grows courgettes in the garden",
    "User bakes sourdough bread, User bakes apple pies",
    "User knits scarves, User knits socks",
    "User brews cider, User brews ginger beer",
  })
  void twoThingsMadeAreTwoFacts(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.8).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest
  @CsvSource({
    // a verb of having or moving holds one value at a time
    "User drives a Volvo, User drives a Skoda",
    // what differs is where, not what is made
    "User bakes bread at the Riverside bakery, User bakes bread at the Hilltop bakery",
  })
  void otherVerbsStillReplaceTheValue(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.8).action()).isEqualTo(Action.UPDATE);
  }
}
