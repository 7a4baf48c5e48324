package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new value put in place by a verb of replacing ({@link Replacement}): the object of "switched
 * to", "replaced … with", "traded … for" replaces the value an older statement names, for any
 * attribute. Sentences written for this test, not taken from any evaluation set.
 */
class ReplacementTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"switched", "replaced", "traded", "swapped", "upgraded", "converted", "changed"})
  void verbsOfReplacing(String word) {
    assertThat(Replacement.verb(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"moved", "went", "left", "became", "bought", "joined", "talked", "has"})
  void otherVerbs(String word) {
    assertThat(Replacement.verb(word)).isFalse();
  }

  @Test
  void theObjectOfThePrepositionUpToTheEndOfItsClause() {
    assertThat(Replacement.newValue("User switched to a Fairphone 5 after the Samsung broke"))
        .containsExactly("Fairphone", "5");
    assertThat(Replacement.newValue("User traded the Fiesta in for a Kia")).containsExactly("Kia");
    assertThat(Replacement.newValue("User replaced the old Dell with a MacBook Air"))
        .containsExactly("MacBook", "Air");
    assertThat(Replacement.newValue("User upgraded to a 1 Gbps fibre plan"))
        .containsExactly("1", "Gbps", "fibre", "plan");
  }

  @Test
  void onlyTheSubjectsVerb() {
    assertThat(Replacement.newValue("The user has switched to a Garmin watch"))
        .containsExactly("Garmin", "watch");
    // a change as a noun is no verb of replacing, and the subject's own name is no new value
    assertThat(Replacement.newValue("It was such a nice change to John's regular life")).isEmpty();
    assertThat(Replacement.newValue("John switched to John's old laptop"))
        .containsExactly("old", "laptop");
  }

  @Test
  void noVerbOfReplacingNoValue() {
    assertThat(Replacement.newValue("User went to Lisbon with Ana")).isEmpty();
    assertThat(Replacement.newValue("User switched jobs and then went to Lisbon")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User has a Sony Xperia phone | User switched to an iPhone",
        "User's tablet is an old iPad | User replaced the iPad with a Surface Pro",
        "User rides a Trek bike | User traded the Trek in for a Specialized",
        "User's energy supplier is EDF | User switched the gas and electricity to Octopus",
        "User's broadband is 80 Mbps | User upgraded to a 500 Mbps line",
      })
  void aNewValuePutInPlaceReplacesTheOldOne(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.5).action()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the older statement names no value of its own
        "User has an old phone | User switched to an iPhone | ADD",
        // the new value is what the older statement already holds: a restatement
        "User has an iPhone | User switched to an iPhone | REINFORCE",
        // a time is no value replaced
        "User went skiing in January | User switched to a Garmin watch | ADD",
        // another person's device
        "User's son has a Nokia phone | User switched to an iPhone | ADD",
        // the new words are no value
        "User has a Canon camera | User switched to night shifts | ADD",
      })
  void guards(String existing, String incoming, Action expected) {
    assertThat(decide(existing, incoming, 0.5).action()).isEqualTo(expected);
  }
}
