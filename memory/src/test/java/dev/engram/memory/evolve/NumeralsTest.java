package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in words or with separators, in digits ({@link Numerals}). */
class NumeralsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pays 1,475 a month | pays 1475 a month",
        "walks 10,000 steps | walks 10000 steps",
        "counted 1,2,3 | counted 1,2,3",
        "walks ten thousand steps | walks 10000 steps",
        "earns 58 thousand a year | earns 58000 a year",
        "one thousand four hundred and seventy-five | 1475",
        "has a hundred books | has 100 books",
        "paid 1.5 million | paid 1500000",
        "for a couple of weeks | for 2 weeks",
        "bought half a dozen eggs | bought 6 eggs",
        "a two-kilometre swim | a 2 kilometre swim",
        "a three-bedroom house | a 3-bedroom house",
        "a 3-bedroom house | a 3-bedroom house",
        "a 10-minute walk | a 10 minute walk",
        "a one-way ticket | a one-way ticket",
        "is twenty-one | is twenty-one",
        "has nine cats | has nine cats",
        "on the fourth floor | on the 4th floor",
        "on the twenty-first | on the 21st",
        "finished twelfth | finished 12th",
        "in third grade | in 3rd grade",
        "has a second dog | has a second dog",
        "bought another third | bought another third",
        "a third-party app | a third-party app",
        "came first | came first",
      })
  void numbersInDigits(String text, String normal) {
    assertThat(Numerals.normalize(text)).isEqualTo(normal);
  }

  @ParameterizedTest
  @CsvSource({
    "second, 2",
    "third, 3",
    "fourth, 4",
    "twelfth, 12",
    "twentieth, 20",
    "ninety-ninth, 99"
  })
  void ordinalWords(String word, int value) {
    assertThat(Numerals.ordinalValue(word)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({
    "1, st", "2, nd", "3, rd", "4, th", "11, th", "12, th", "13, th", "21, st", "112, th"
  })
  void ordinalSuffixes(int n, String suffix) {
    assertThat(Numerals.suffix(n)).isEqualTo(suffix);
  }
}
