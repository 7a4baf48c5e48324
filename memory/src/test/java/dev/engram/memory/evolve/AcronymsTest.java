package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acronyms read against the other statement's words ({@link Acronyms}). Sentences written for this
 * test, not taken from any evaluation set.
 */
class AcronymsTest {

  @Test
  void initialsOfARunOfWordsWithoutTheJoiningOnes() {
    assertThat(
            Acronyms.expansion("LSE", List.of("at", "the", "London", "School", "of", "Economics")))
        .contains(List.of(2, 3, 5));
    assertThat(
            Acronyms.expansion(
                "NHS", List.of("works", "for", "the", "National", "Health", "Service")))
        .contains(List.of(3, 4, 5));
  }

  @Test
  void aNumberAfterTheLettersIsTheNumberAfterTheWords() {
    assertThat(Acronyms.expansion("T2", List.of("has", "type", "2", "diabetes")))
        .contains(List.of(1, 2));
    assertThat(Acronyms.expansion("F1", List.of("follows", "Formula", "One")))
        .contains(List.of(1, 2));
    assertThat(Acronyms.expansion("PS4", List.of("a", "PlayStation", "four")))
        .contains(List.of(1, 2));
  }

  @Test
  void aWordInTwoCapitalizedPartsGivesTwoInitials() {
    assertThat(Acronyms.expansion("PS", List.of("owns", "a", "PlayStation"))).contains(List.of(2));
  }

  @Test
  void anotherNumberOtherInitialsOrOneWordAreNoExpansion() {
    assertThat(Acronyms.expansion("T2", List.of("has", "type", "1", "diabetes"))).isEmpty();
    assertThat(Acronyms.expansion("T2", List.of("the", "2", "cats"))).isEmpty();
    assertThat(Acronyms.expansion("LSE", List.of("London", "Stock", "Market"))).isEmpty();
    assertThat(Acronyms.expansion("LS", List.of("Lisbon"))).isEmpty();
  }

  @Test
  void onlyCapitalsWithANumberOrTwoCapitalsAreAcronyms() {
    assertThat(Acronyms.acronym("LSE")).isTrue();
    assertThat(Acronyms.acronym("T2")).isTrue();
    assertThat(Acronyms.acronym("PS5")).isTrue();
    assertThat(Acronyms.acronym("Tom")).isFalse();
    assertThat(Acronyms.acronym("A")).isFalse();
    assertThat(Acronyms.acronym("2")).isFalse();
  }
}
