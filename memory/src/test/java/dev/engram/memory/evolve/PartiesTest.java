package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The party someone votes for is a slot ({@link Parties}, {@link Slot}). Sentences written for this
 * test, not taken from any evaluation set.
 */
class PartiesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Labour", "Green", "Conservatives", "Liberal"})
  void partyNames(String word) {
    assertThat(Parties.party(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Leeds", "Tesco", "birthday", "Monday", "dinner"})
  void otherWords(String word) {
    assertThat(Parties.party(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"User votes Labour", "User is a Green voter", "User backs the Liberals"})
  void statementsNamingAPartyFillIt(String statement) {
    assertThat(Slot.of(statement))
        .hasValueSatisfying(s -> assertThat(s.attribute()).isEqualTo(Slot.POLITICS));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User always voted Labour | User switched to the Greens",
        "User is a Conservative voter | User backs the Liberals now",
      })
  void aChangeOfPartyReplacesTheOld(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.3);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"User's father votes Green", "User went to a birthday party"})
  void anotherPersonsVoteOrAnotherPartyDoNot(String statement) {
    assertThat(Slot.of(statement).filter(s -> s.attribute().equals(Slot.POLITICS))).isEmpty();
  }
}
