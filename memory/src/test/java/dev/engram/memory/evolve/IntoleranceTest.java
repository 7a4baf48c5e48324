package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Not being able to eat, drink or digest something is being intolerant of it ({@code
 * RuleResolver.keepsAway}), not allergic to it. Sentences written for this test, not taken from any
 * evaluation set.
 */
class IntoleranceTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is intolerant to fructose | User can't digest fructose",
        "User is caffeine intolerant | User can't drink caffeine",
        "User can't eat shellfish | User has to avoid shellfish",
        "User is intolerant to sesame | User avoids sesame",
      })
  void notAbleToTakeItInIsBeingIntolerant(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is intolerant to fructose | User can't swim",
        "User is intolerant to shellfish | User can eat shellfish again",
        "User is allergic to shellfish | User cannot eat shellfish",
      })
  void otherAbilitiesAreNot(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.5);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.REINFORCE);
  }
}
