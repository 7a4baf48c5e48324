package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone's relationship status is a slot ({@link Marriage}, {@link Slot}): a word defined by
 * marriage, a partner had or named; one status replaces another. Sentences written for this test,
 * not taken from any evaluation set.
 */
class RelationshipStatusTest {

  @ParameterizedTest
  @ValueSource(strings = {"single", "married", "divorced", "widowed", "engaged", "marry", "wed"})
  void wordsDefinedByMarriage(String word) {
    assertThat(Marriage.marital(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"happy", "busy", "tall", "works", "bought"})
  void otherWords(String word) {
    assertThat(Marriage.marital(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"married", "wed", "divorced", "remarried"})
  void verbsWithASenseOfMarriage(String verb) {
    assertThat(Marriage.maritalVerb(verb, false)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"joined", "engaged", "proposed", "works", "single"})
  void verbsWhoseSenseOfMarriageIsNeitherFirstNorSocial(String verb) {
    // "joined" is an adjective of two people married to each other, not a verb of it
    assertThat(Marriage.maritalVerb(verb, false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"proposed", "engaged"})
  void aSenseOfMarriageTakingAPersonCountsWithAPersonNamed(String verb) {
    assertThat(Marriage.maritalVerb(verb, true)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User married Sam",
        "User got engaged to Sam",
        "User divorced Sam",
        "User wed Sam",
        "User proposed to Sam last night",
      })
  void verbsOfMarriageFillIt(String statement) {
    assertThat(Slot.of(statement))
        .hasValueSatisfying(s -> assertThat(s.attribute()).isEqualTo(Slot.RELATIONSHIP));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User joined the Green party",
        "User joined a gym",
        "User joined Bosch",
        "User joined the Harriers running club last week",
        "User engaged a lawyer",
        "User proposed a new budget",
      })
  void otherVerbsDoNot(String statement) {
    assertThat(Slot.of(statement).filter(s -> s.attribute().equals(Slot.RELATIONSHIP))).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is single | User joined the Green party",
        "User is married | User joined a gym",
      })
  void joiningAGroupLeavesTheStatus(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User is single",
        "User got engaged",
        "User and Ravi got married in May",
        "User divorced last year",
        "User has a boyfriend",
        "User's wife is called Ines",
        "User and Theo broke up",
      })
  void statementsOfTheStatusFillIt(String statement) {
    assertThat(Slot.of(statement))
        .hasValueSatisfying(s -> assertThat(s.attribute()).isEqualTo(Slot.RELATIONSHIP));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User's brother is single",
        "User's wife is a dentist",
        "User is busy on Mondays",
        "User has a cousin",
      })
  void otherStatementsDoNot(String statement) {
    assertThat(Slot.of(statement).filter(s -> s.attribute().equals(Slot.RELATIONSHIP))).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is engaged to Ravi | User married Ravi in the spring",
        "User is single | User has a boyfriend called Theo",
        "User's girlfriend is Ines | User and Ines got engaged",
        "User's boyfriend is called Theo | User and Theo broke up",
      })
  void aNewStatusReplacesTheOld(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is engaged to Ravi | User's brother got married in May",
        "User is engaged to Ravi | User likes hiking",
      })
  void otherStatementsLeaveItAlone(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }
}
