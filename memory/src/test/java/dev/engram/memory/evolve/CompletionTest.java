package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Completing what was under way ends it ({@link Completion}): a verb of finishing, as the subject's
 * verb, is a change of a statement that says what holds now. Sentences written for this test, not
 * taken from any evaluation set.
 */
class CompletionTest {

  @ParameterizedTest
  @ValueSource(strings = {"finished", "completed", "graduated", "finishes"})
  void verbsOfCompleting(String word) {
    assertThat(Completion.verb(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"started", "studies", "ran", "quit", "moved"})
  void otherVerbs(String word) {
    assertThat(Completion.verb(word)).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is writing a thesis on soil | User finished the thesis on soil",
        "User is doing a diploma in design | User has completed the diploma in design",
        "User is a law student at Durham | User graduated in law from Durham",
      })
  void completingEndsWhatWasUnderWay(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User ran a 10k race in 2021 | User finished a 10k race in 2024",
      })
  void notWhatWasAlreadyDone(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.UPDATE);
  }
}
