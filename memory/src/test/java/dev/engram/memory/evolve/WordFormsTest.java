package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forms of one word across parts of speech, by WordNet's links only ({@link WordForms}). */
class WordFormsTest {

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource({
    "diagnosed, diagnosis, true",
    "diagnosis, diagnosed, true",
    "married, marriage, true",
    "diabetes, diabetic, true",
    "hour, hourly, true",
    "teaches, teacher, true",
    "marries, married, true",
    "vegetarian, vegetable, false",
    "cat, dog, false",
    "3021, 3022, false",
  })
  void related(String a, String b, boolean expected) {
    assertThat(WordForms.related(a, b)).isEqualTo(expected);
  }
}
