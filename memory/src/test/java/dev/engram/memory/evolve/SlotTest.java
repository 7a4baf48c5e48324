package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The occupation as a single-valued slot typed from WordNet ({@link Slot}, {@link Occupations}):
 * which statements fill it, and what the rule engine does with two that fill it without a word in
 * common. Sentences written for this test, not taken from any evaluation set.
 */
class SlotTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User is a veterinary surgeon",
        "The user works as a carpenter in Leeds",
        "User is unemployed",
        "User is retired now",
        "User works nights at a petrol station",
        "User got a job as a lifeguard",
        "User is a first-year undergraduate",
        "Tomasz is a locksmith",
        "User became a flight attendant",
      })
  void aStatementOfWhatSomeoneDoesForALivingFillsTheOccupation(String statement) {
    assertThat(Slot.of(statement))
        .hasValueSatisfying(s -> assertThat(s.attribute()).isEqualTo(Slot.OCCUPATION));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "User's husband is a locksmith",
        "User met a carpenter at the market",
        "User is a perfectionist",
        "User is an introvert",
        "User works out three times a week",
        "User is afraid of heights",
        "User loves sailing",
      })
  void otherStatementsFillNoSlot(String statement) {
    assertThat(Slot.of(statement)).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is a postman | Tomasz works as a baker",
        "User's sister is a dentist | User works as a dentist",
      })
  void anotherSubjectIsAnotherSlot(String a, String b) {
    assertThat(Slot.shared(Slot.of(a), Slot.of(b))).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is a sociology undergraduate | User now works as a surveyor",
        "User is retired | User now works as a tour guide",
        "User is a receptionist | User has become a paramedic",
      })
  void aChangeWordInTheSameSlotReplacesWhatSharesNoWord(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.33);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
    assertThat(d.reason()).contains(Slot.OCCUPATION);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no change word: where someone works is no new occupation
        "User is a surveyor | User works for the county council",
        // a change word, but no occupation on one side
        "User is a surveyor | User now cycles to the office",
      })
  void withoutAChangeWordOrAnOccupationOnBothSidesNothingIsReplaced(
      String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.33);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.UPDATE);
  }
}
