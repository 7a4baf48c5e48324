package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not being able to put up with something is disliking it ({@link Tolerance}). Sentences written
 * for this test, not taken from any evaluation set.
 */
class ToleranceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User can't stand jazz",
        "User cannot bear jazz",
        "User couldn't stomach jazz",
        "User does not like jazz",
      })
  void notPuttingUpWithItIsNotLikingIt(String statement) {
    Statement s = Statement.parse(statement);
    assertThat(s.negative()).isTrue();
    assertThat(s.content()).containsExactly(Lexicon.canonical("like"), "jazz");
  }

  @ParameterizedTest
  @ValueSource(strings = {"User can stand on one leg", "User does not stand near the door"})
  void standingIsNotLiking(String statement) {
    assertThat(Statement.parse(statement).content()).doesNotContain(Lexicon.canonical("like"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User can't stand mushrooms | User hates mushrooms",
        "User cannot bear mushrooms | User dislikes mushrooms",
      })
  void sayTheSameAsHatingIt(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {"User can't stand mushrooms | User loves mushrooms now"})
  void lovingItNowReplacesIt(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.7);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }
}
