package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where someone lives is a slot ({@link Residence}, {@link Slot}): a verb of living with a place,
 * or a dwelling as the verb's object; moving or getting a dwelling changes it. Sentences written
 * for this test, not taken from any evaluation set.
 */
class ResidenceTest {

  @ParameterizedTest
  @ValueSource(strings = {"house", "flat", "apartment", "cottage", "bungalow"})
  void dwellings(String word) {
    assertThat(Residence.dwelling(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"garden", "car", "office", "tomato", "money"})
  void notDwellings(String word) {
    assertThat(Residence.dwelling(word)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User lives in York, false",
    "User is living in a caravan near Truro, false",
    "User rents a cottage in Devon, false",
    "User moved to Norwich last year, true",
    "User relocated to Aberdeen, true",
    "User and Priya bought a bungalow in Kent, true",
    "User purchased a flat, true",
  })
  void statementsOfWhereOneLivesFillTheResidence(String statement, boolean changes) {
    assertThat(Slot.of(statement))
        .hasValueSatisfying(
            s -> {
              assertThat(s.attribute()).isEqualTo(Slot.RESIDENCE);
              assertThat(s.changes()).isEqualTo(changes);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User's sister moved to Perth",
        "User is saving up for a house",
        "User moved the meeting to Monday",
        "User grows beans in the garden",
        "User bought a bicycle",
      })
  void otherStatementsDoNot(String statement) {
    assertThat(Slot.of(statement).filter(s -> s.attribute().equals(Slot.RESIDENCE))).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User rents a cottage in Devon | User bought a flat in Exeter",
        "User lives near Bath | User purchased a bungalow in Wells",
      })
  void aMoveOrANewHomeReplacesTheResidence(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User rents a cottage in Devon | User bought a bicycle",
        "User rents a cottage in Devon | User's sister bought a flat in Exeter",
      })
  void otherPurchasesLeaveItAlone(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }
}
