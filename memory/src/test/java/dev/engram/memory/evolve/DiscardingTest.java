package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the subject discarded or replaced it no longer has ({@link Relinquishing#discarded},
 * "instead of", "in place of": {@link Statement#givenUp}), whatever the rest of the statement adds.
 * Sentences written for this test, not taken from any evaluation set.
 */
class DiscardingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"deleted", "ditched", "scrapped", "swapped", "replaced", "removed", "dumped"})
  void verbsOfDiscardingOrReplacingInThePast(String word) {
    assertThat(Relinquishing.discarded(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "replaces",
        "swap",
        "bought",
        "visited",
        "took",
        "moved",
        "joined",
        "dropped",
        "kept"
      })
  void notVerbsOfDiscardingInThePast(String word) {
    assertThat(Relinquishing.discarded(word)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User rides a Vespa scooter, User swapped the Vespa for an electric bike",
    "User keeps notes in Evernote, User ditched Evernote for Obsidian",
    "User has a Facebook account, User deleted the Facebook account in March",
    "User's kitchen has a gas hob, User replaced the gas hob with an induction one",
  })
  void discardingWhatOneHadEndsIt(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource({
    "User drinks coffee at breakfast, User drinks rooibos instead of coffee",
    "User takes the bus to work, User walks to work instead of taking the bus",
    "User's printer is a Canon, User set up a Brother printer in place of the Canon",
  })
  void whatIsDoneInsteadOfAnotherEndsIt(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource({
    // someone else discarded it
    "User rides a Vespa scooter, User's brother swapped his Vespa for a bike",
    // what was discarded is not what the older statement holds
    "User rides a Vespa scooter, User replaced the helmet with a lighter one",
    // a wish, not a verb in the past
    "User rides a Vespa scooter, User wants to swap the Vespa for a bike",
  })
  void notDiscardingWhatTheOtherHas(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isNotEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource({
    "User swapped the Vespa for a bike, vespa",
    "User drinks tea instead of coffee, coffe",
    "User set up a Brother printer in place of the Canon, canon",
  })
  void theObjectDiscardedIsGivenUp(String statement, String word) {
    assertThat(Statement.parse(statement).givenUp()).containsExactly(word);
  }
}
