package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How often is no attribute ({@link Frequencies}); a date in a one-word statement says when, not
 * what ({@link Definitions#denies}); a hyphenated relative is another person ({@link
 * ValueKinds#hyphenatedPerson}). Sentences written for this test, not taken from any evaluation
 * set.
 */
class TimesAndRelativesTest {

  @ParameterizedTest
  @ValueSource(strings = {"daily", "weekly", "nightly", "monthly", "hourly"})
  void aWordDefinedAsEveryPeriodSaysHowOften(String word) {
    assertThat(Frequencies.frequency(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"regularly", "quickly", "early", "happily", "vitamin"})
  void otherWordsDoNot(String word) {
    assertThat(Frequencies.frequency(word)).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User takes fish oil capsules daily | User takes iron tablets daily",
        "User phones the landlord weekly | User waters the orchids weekly",
      })
  void twoThingsDoneAsOftenAreTwoFacts(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void aNewAmountOfOneThingDoneAsOftenStillReplacesIt() {
    Decision d = decide("User swims 2 km daily", "User swims 3 km daily", 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @Test
  void aDateInAOneWordStatementSaysWhenNotWhat() {
    Decision d = decide("User eats lamb", "User has been vegetarian since June", 0.5);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @Test
  void aDateDoesNotMakeADefinitionDenyWhatItDoesNotName() {
    Decision d = decide("User eats lentils", "User has been vegetarian since June", 0.5);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's father lives in Leeds | User's father-in-law lives in Leeds",
        "User's wife is a dentist | User's ex-wife is a dentist",
      })
  void aHyphenatedRelativeIsAnotherPerson(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.95);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  /** The verbs "to father" and "to mother" are synonyms (to beget); the nouns are two people. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's mother is a doctor | User's father is a doctor",
        "User's father plays golf | User's mother plays golf",
      })
  void aMotherAndAFatherAreTwoPeople(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.95);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void aHyphenatedWordIsARelativeOnlyByItsHead() {
    assertThat(ValueKinds.hyphenatedPerson("sister-in-law")).isTrue();
    assertThat(ValueKinds.hyphenatedPerson("half-brother")).isTrue();
    assertThat(ValueKinds.hyphenatedPerson("kid-friendly")).isFalse();
    assertThat(ValueKinds.hyphenatedPerson("self-employed")).isFalse();
  }
}
