package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19's rules: one value in two formats ({@link Formats}), change phrases in any inflection
 * ({@link WordNet#verbLemma}), verbs of dying ({@link Ending}), informal terms for relatives
 * ({@link WordNet#informalTerm}), a fan as a supporter, "as well" as "also", and a completion on a
 * shared name. Sentences written for this test, not taken from any evaluation set.
 */
class FormsAndEndsTest {

  @ParameterizedTest
  @CsvSource({
    "takes the bus at seven in the morning, takes the bus at 7h00",
    "takes the bus at 7 am, takes the bus at 7h00",
    "eats dinner at 8 in the evening, eats dinner at 20h00",
    "leaves at half past six, leaves at 6h30",
    "has worked there for a decade, has worked there for 10 years",
    "stayed for a fortnight, stayed for 2 weeks",
    "plays chess on Saturdays, plays chess on Saturday",
    "has 13 in the morning, has 13 in the morning",
  })
  void oneFormatPerValue(String text, String normal) {
    assertThat(Formats.normalize(text)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource({
    "User walks the dog at 6am, User walks the dog at six in the morning",
    "User has taught at the school for ten years, User has taught at the school for a decade",
    "User plays tennis on Sundays, User plays tennis every Sunday",
  })
  void twoFormatsOfOneValueAreOneFact(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.85).action()).isEqualTo(Action.REINFORCE);
  }

  @Test
  void anotherTimeIsStillAnotherValue() {
    assertThat(
            decide("User walks the dog at 6am", "User walks the dog at seven in the morning", 0.9)
                .action())
        .isNotEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest
  @CsvSource({"given, give", "giving, give", "quitting, quit", "passed, pass", "table, table"})
  void verbLemmas(String word, String lemma) {
    assertThat(WordNet.verbLemma(word)).isEqualTo(lemma);
  }

  @ParameterizedTest
  @CsvSource({
    "User smokes a pipe after dinner, User has given up smoking a pipe",
    "User eats meat, User is giving up meat",
  })
  void aChangePhraseInAnyInflectionEndsWhatFollows(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.7).action()).isEqualTo(Action.UPDATE);
  }

  @Test
  void verbsOfDying() {
    assertThat(Ending.death("die")).isTrue();
    assertThat(Ending.death("pass away")).isTrue();
    assertThat(Ending.death("pass")).isFalse();
    assertThat(Ending.death("leave")).isFalse();
    assertThat(Ending.death("go")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User has a cat named Pixel, User's cat Pixel died",
    "User has a parrot called Rio, User's parrot Rio passed away last week",
  })
  void aDeathEndsWhatWasSaidOfTheOneWhoDied(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.75).action()).isEqualTo(Action.UPDATE);
  }

  @Test
  void informalTermsForRelatives() {
    assertThat(WordNet.informalTerm("mum", "mother")).isTrue();
    assertThat(WordNet.informalTerm("father", "dad")).isTrue();
    assertThat(WordNet.informalTerm("brother", "sibling")).isFalse();
    assertThat(WordNet.informalTerm("mum", "father")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "User's mother works in a bakery, User's mum works in a bakery",
    "User's dad lives in Derby, User's father lives in Derby",
  })
  void anInformalTermIsTheSamePerson(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.93).action()).isEqualTo(Action.REINFORCE);
  }

  @Test
  void aSiblingIsStillAnotherPersonThanABrother() {
    assertThat(
            decide("User's brother lives in Derby", "User's sister lives in Derby", 0.9).action())
        .isEqualTo(Action.ADD);
  }

  @Test
  void aFanSupports() {
    assertThat(decide("User supports Leeds United", "User is a Leeds United fan", 0.8).action())
        .isEqualTo(Action.REINFORCE);
    assertThat(decide("User is a Celtic fan", "User no longer supports Celtic", 0.75).action())
        .isEqualTo(Action.UPDATE);
  }

  @Test
  void asWellAddsAnotherFact() {
    assertThat(
            decide("User plays football on Mondays", "User plays football on Fridays as well", 0.9)
                .action())
        .isEqualTo(Action.ADD);
  }

  @Test
  void aCompletionEndsWhatWasUnderWayAtTheNamedPlace() {
    assertThat(
            decide(
                    "User is a student at Bristol University",
                    "User graduated from Bristol University in June",
                    0.83)
                .action())
        .isEqualTo(Action.UPDATE);
  }

  @Test
  void aCompletionOfSomethingNotUnderWayStaysAnotherFact() {
    // "ran" is no course under way: the completion says nothing of it
    assertThat(
            decide(
                    "User ran the Bristol Half Marathon in 2022",
                    "User finished the Bristol Half Marathon in 2023",
                    0.8)
                .action())
        .isNotEqualTo(Action.UPDATE);
  }
}
