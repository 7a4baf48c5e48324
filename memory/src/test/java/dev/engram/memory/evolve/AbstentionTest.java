package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One word defined as refraining from what a negated statement says is not done ({@link
 * Abstention}). Sentences written for this test, not taken from any evaluation set.
 */
class AbstentionTest {

  @Test
  void aNounOfAVerbOfRefrainingRefrains() {
    assertThat(Abstention.refraining("abstinence")).isTrue();
    assertThat(Abstention.refraining("abstains")).isTrue();
    assertThat(Abstention.refraining("beverages")).isFalse();
  }

  @Test
  void verbsOfConsumption() {
    assertThat(Abstention.consumption("drinks")).isTrue();
    assertThat(Abstention.consumption("painted")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User's brother doesn't drink alcohol, User's brother is teetotal",
    "User is a teetotaler, User does not drink alcohol",
  })
  void oneWordForNotDoingIt(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.REINFORCE);
  }

  @Test
  void doingItIsNoAbstention() {
    assertThat(decide("User drinks alcohol at weekends", "User is teetotal", 0.6).action())
        .isNotEqualTo(Action.REINFORCE);
  }
}
