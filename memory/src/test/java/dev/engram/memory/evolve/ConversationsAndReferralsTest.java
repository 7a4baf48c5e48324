package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conversations in a language and referrals to a specialist hold many objects ({@link
 * Lexicon#ADDITIVE_PREDICATE}): a second one is a second fact. Sentences written for this test.
 */
class ConversationsAndReferralsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User can hold a conversation in Italian | User can hold a conversation in Polish",
        "User's doctor referred them to a neurologist | User's doctor referred them to a surgeon",
      })
  void aSecondOneIsASecondFact(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.8).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "User's doctor referred them to a neurologist | User's doctor referred them to a"
            + " neurologist",
      })
  void theSameOneIsTheSameFact(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.95).action()).isEqualTo(Action.REINFORCE);
  }
}
