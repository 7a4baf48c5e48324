package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two kinds of one attribute, told apart by the noun before it ({@link Qualifiers}), are two facts.
 * Sentences written for this test, not taken from any evaluation set.
 */
class QualifiersTest {

  @ParameterizedTest
  @CsvSource({
    "Client's delivery address is 2 Mill Road, Client's invoice address is 40 High Street",
    "User's work phone is a Pixel 7, User's personal phone is an iPhone 13",
    "User's savings account is with Monzo, User's current account is with HSBC",
    "The user's office laptop is a Lenovo, The user's gaming laptop is an Alienware",
  })
  void twoKindsOfOneAttributeAreTwoFacts(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.8).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a clipped two-word name ("mobile phone", "cell phone") against a qualified attribute
        "User's mobile is 07700 900111 | User's work phone is 020 7946 0000",
        "User's cell is 555 0101 | User's home phone is 555 0199",
        "Customer's mobile number is 0161 555 0101 | Customer's office phone number is 0161 555 0199",
      })
  void aClippedNameAndAQualifiedAttributeAreTwoFacts(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.7).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the attribute without a qualifier: the same phone
        "User's mobile number is 0770 | User's phone number is 0780",
        // an adjective of time or rank may name the same one
        "User's mobile is 555 0101 | User's main phone is 555 0199",
      })
  void aClippedNameWithoutAQualifierOnTheOtherSide(String existing, String incoming) {
    Statement a = Readings.statement(existing);
    Statement b = Readings.statement(incoming);
    assertThat(Qualifiers.twoKinds(existing, a, incoming, b, Difference.of(a, b))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    // one kind, a new value
    "Client's delivery address is 2 Mill Road, Client's delivery address is now 7 Elm Close",
    // a change word says the one replaced the other
    "User's work phone is a Pixel 7, User's new work phone is an iPhone 15",
    // the same attribute without a qualifier on one side
    "User's phone is a Pixel 7, User's phone is now an iPhone 15",
  })
  void oneKindStillChanges(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.8).action()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest
  @CsvSource({
    // not a possessive: a verb before the shared word
    "User rents a flat, User owns a flat",
    // adjectives of preference may name one attribute
    "User's favourite café is Mokka, User's preferred café is Bean There",
  })
  void notTwoKinds(String existing, String incoming) {
    Statement a = Readings.statement(existing);
    Statement b = Readings.statement(incoming);
    assertThat(Qualifiers.twoKinds(existing, a, incoming, b, Difference.of(a, b))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"billing", "work", "recovery", "savings"})
  void nounsUsedAsModifiers(String word) {
    assertThat(Qualifiers.plainNoun(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"favourite", "main", "personal", "home", "new"})
  void adjectivesAreNoPlainNouns(String word) {
    assertThat(Qualifiers.plainNoun(word)).isFalse();
  }
}
