package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose fact a statement states ({@link Possessors}): a relative's home, job or status is not the
 * subject's own. Sentences written for this test, not taken from any evaluation set.
 */
class PossessorsTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {
        "User's sister lives in Swansea, sister",
        "The user's older brother works at a bank, brother",
        "Caroline's mother moved to Sweden, mother",
        "User's car is a red Fiat, none",
        "User moved to Newport, none",
        "User visited their sister in Leeds, none",
      })
  void theRelativeAfterTheOpeningPossessive(String text, String relative) {
    assertThat(Possessors.relative(text))
        .isEqualTo(relative == null ? null : Lexicon.canonical(relative));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's sister lives in Swansea | User moved into a house in Newport",
        "User lives in Cardiff | User's brother moved to Bristol",
        "User works as a nurse | User's daughter became a nurse",
        "Maria's father is a baker | Maria now works as a teacher",
      })
  void aChangeOfTheSubjectsOwnLeavesTheRelativesFact(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.6).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the same relative on both sides: the other rules decide, as before
        "User's sister lives in Swansea | User's sister moved to Newport | UPDATE",
        // the relative named on the other side too
        "User's son Leo is eight years old | Leo, the user's son, is 8 | REINFORCE",
        // a partner's name is the subject's relationship status
        "User's husband is Mark | User got divorced | UPDATE",
      })
  void guards(String existing, String incoming, Action expected) {
    assertThat(decide(existing, incoming, 0.85).action()).isEqualTo(expected);
  }
}
