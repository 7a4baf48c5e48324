package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An occupation and another kind of value of the same person are two facts ({@code
 * RuleResolver.occupationAgainstOther}). Sentences written for this test, not taken from any
 * evaluation set.
 */
class OccupationAgainstOtherTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's husband is a plumber | User's husband enjoys fishing",
        "User's sister is an architect | User's sister plays the cello",
      })
  void anOccupationAndAPastimeAreTwoFacts(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's husband is a plumber | User's husband is now an electrician",
        "User's sister is an architect | User's sister became a teacher",
      })
  void oneOccupationForAnotherStillReplaces(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User works as a plumber | User works as a web developer",
        "User is a widower | User is retired",
      })
  void notWithoutAVerbOfDoing(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.reason()).doesNotContain("another kind of value");
  }
}
