package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements that open with the names of two people are about two people ({@link
 * Statement#subject}): neither repeats nor replaces the other. Sentences written for this test, not
 * taken from any evaluation set.
 */
class NamedSubjectsTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Anna is a teacher | Maria is a teacher",
        "Anna lives in Porto | Maria lives in Lyon",
        "Tom drives a blue Volvo | Priya has sold the blue Volvo",
        "Anna's sister is a nurse | Maria's sister is a nurse",
        "Jon goes climbing every Saturday | Gina goes climbing every Saturday",
      })
  void twoPeopleAreTwoFacts(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void theSamePersonStillRepeats() {
    Decision d = decide("Anna is a teacher", "Anna is a teacher", 0.99);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @Test
  void theSamePersonStillChanges() {
    Decision d = decide("Anna lives in Porto", "Anna moved to Lyon", 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @Test
  void theUserIsNoNamedSubjectAndMayBeAnyNamedPerson() {
    Decision d = decide("User is a teacher", "Caroline is a teacher", 0.9);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.ADD);
  }

  @Test
  void theSubjectIsTheNameAStatementOpensWith() {
    assertThat(Statement.parse("Anna is a teacher").subject()).isEqualTo("anna");
    assertThat(Statement.parse("Anna's sister is a nurse").subject()).isEqualTo("anna");
    assertThat(Statement.parse("User likes green tea").subject()).isNull();
    assertThat(Statement.parse("likes green tea").subject()).isNull();
  }
}
