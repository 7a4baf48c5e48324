package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.WordNet.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WordNet's relations as the resolver reads them: frequent senses only, either direction. */
class WordNetTest {

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "motorcycle, motorbike, SYNONYM",
    "motorbike, motorcycle, SYNONYM",
    "physician, doctor, SYNONYM",
    "purchased, bought, SYNONYM",
    "dad, father, HYPERNYM",
    "father, dad, HYPERNYM",
    "heavy, light, ANTONYM",
    "employed, unemployed, ANTONYM",
    "hamster, parrot, NONE",
    "tea, chess, NONE",
    "cat, dog, NONE",
    "sister, brother, ANTONYM",
    "3021, 3022, NONE",
    "car, car, NONE",
    "surfing, moved, NONE",
  })
  void relations(String a, String b, Relation expected) {
    assertThat(WordNet.relation(a, b)).isEqualTo(expected);
  }

  /** "brother" as a fellow member is a kind of friend; in its first sense it is a sibling. */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "brother, friend, 3, HYPERNYM",
    "brother, friend, 1, NONE",
    "mom, mother, 1, HYPERNYM"
  })
  void firstSensesOnly(String a, String b, int senses, Relation expected) {
    assertThat(WordNet.relation(a, b, senses)).isEqualTo(expected);
  }

  /** People by their noun senses: the verbs "to father" and "to mother" are one verb. */
  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "son, boy, true",
    "daughter, girl, true",
    "kid, child, true",
    "dad, father, true",
    "mother, father, false",
    "son, daughter, false",
    "brother, friend, false",
  })
  void samePerson(String a, String b, boolean expected) {
    assertThat(WordNet.samePerson(a, b)).isEqualTo(expected);
  }
}
