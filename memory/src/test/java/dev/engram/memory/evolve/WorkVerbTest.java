package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb of taking up or leaving work fills the occupation and changes it ({@link
 * Occupations#workVerb}, {@link Slot}). Sentences written for this test, not taken from any
 * evaluation set.
 */
class WorkVerbTest {

  @ParameterizedTest
  @ValueSource(strings = {"retired", "retires", "resigned", "resign"})
  void verbsOfLeavingWork(String word) {
    assertThat(Occupations.workVerb(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"works", "worked", "cycled", "moved", "bought", "quickly"})
  void otherWordsAreNot(String word) {
    assertThat(Occupations.workVerb(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User retired last spring",
        "User resigned from the council",
        "User has just retired",
        "Marta retired",
      })
  void aVerbOfLeavingWorkFillsTheOccupationAndChangesIt(String statement) {
    assertThat(Slot.of(statement))
        .hasValueSatisfying(
            s -> {
              assertThat(s.attribute()).isEqualTo(Slot.OCCUPATION);
              assertThat(s.changes()).isTrue();
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User's father retired last spring",
        "User hired a cleaner",
        "User moved to Leeds last spring",
      })
  void notWithAnotherPersonsWorkOrAnotherVerb(String statement) {
    assertThat(Slot.of(statement).filter(s -> s.attribute().equals(Slot.OCCUPATION) && s.changes()))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is a pharmacist | User retired in the spring",
        "User works as a bus driver | User resigned last month",
      })
  void leavingWorkReplacesTheOccupation(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is a pharmacist | User hired a cleaner",
        "User is a pharmacist | User's father retired in the spring",
      })
  void otherStatementsLeaveItAlone(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }
}
