package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements that share few words but whose every word is matched by meaning on the other side are
 * one statement ({@link Paraphrases}); those that leave a word over, or where a word is opposite,
 * negated or denied by a definition, are not. Sentences written for this test, not taken from any
 * evaluation set.
 */
class ParaphrasesTest {

  private static Paraphrases.Reading read(String existing, String incoming) {
    return Paraphrases.read(
        existing, Statement.parse(existing), incoming, Statement.parse(incoming));
  }

  private static boolean same(String existing, String incoming, double cosine) {
    return Paraphrases.same(
            existing, Statement.parse(existing), incoming, Statement.parse(incoming), cosine)
        .isPresent();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an acronym and the words it abbreviates; "owns" says what "has" says
        "User owns a PS4 | The user has a PlayStation 4",
        "User has type 1 diabetes | The user is a T1 diabetic",
        // synonyms, a verb one step below another, similar adjectives
        "Customer's parcel arrived damaged | The customer's package reached them broken",
        "User jogs on Sundays | The user runs on Sundays",
        "User is terrified of snakes | The user is afraid of snakes",
        // a word form, a synonym of a word form, a light verb's sense
        "User earns a monthly salary | The user is paid by the month",
        // WordNet's two-word name and its definition
        "User's mother tongue is Polish | The user's native language is Polish",
        // a number in words and "twice"
        "User cycles twice a month | The user cycles two times a month",
      })
  void everyWordMatchedByMeaningIsOneStatement(String existing, String incoming) {
    assertThat(read(existing, incoming).same()).isTrue();
    assertThat(decide(existing, incoming, 0.7).action()).isEqualTo(Action.REINFORCE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a definition that negates what the other says: a contradiction, not a paraphrase
        "User eats meat | User is vegetarian",
        "User is vegetarian | User eats meat",
        // the acronym abbreviates "type 2", and "1" is left over
        "User has type 1 diabetes | The user is a T2 diabetic",
        "User has type 1 diabetes | User has type 2 diabetes",
        // another value under a shared word
        "User's favourite colour is green | User's favourite colour is blue",
        "User's car is blue | User's car is green",
        // a relative is not another, whatever their definitions say
        "User's daughter plays the violin | User's niece plays the violin",
        "User's mother lives in Porto | User's mother-in-law lives in Porto",
      })
  void aWordLeftOverOpposedOrDeniedIsNot(String existing, String incoming) {
    assertThat(same(existing, incoming, 0.9)).isFalse();
    assertThat(decide(existing, incoming, 0.9).action()).isNotEqualTo(Action.REINFORCE);
  }

  @Test
  void oneSideNegatedIsNoParaphrase() {
    assertThat(read("User owns a PS4", "The user doesn't have a PlayStation 4").same()).isTrue();
    assertThat(same("User owns a PS4", "The user doesn't have a PlayStation 4", 0.9)).isFalse();
    assertThat(same("User is afraid of snakes", "The user is not terrified of snakes", 0.9))
        .isFalse();
  }

  @Test
  void aDefinitionThatNegatesTheOtherSideIsAgainstIt() {
    assertThat(read("User is vegetarian", "User eats meat").against()).isTrue();
  }

  @Test
  void theLeftOverWordsAreNamed() {
    Paraphrases.Reading reading = read("User has type 1 diabetes", "The user is a T2 diabetic");
    assertThat(reading.leftExisting()).contains("1");
  }

  @Test
  void theCosineIsEvidenceNeverEnoughAloneNorDispensable() {
    String existing = "User owns a PS4";
    String incoming = "The user has a PlayStation 4";
    assertThat(same(existing, incoming, 0.7)).isTrue();
    assertThat(same(existing, incoming, 0.5)).isFalse();
    // a high cosine does not make a word left over match
    assertThat(same("User eats meat", "User is vegetarian", 0.95)).isFalse();
  }

  @Test
  void aChangeOrAdditiveWordOrAnotherSubjectSpeaksAgainstIt() {
    assertThat(same("User owns a PS4", "The user now has a PlayStation 4", 0.8)).isFalse();
    assertThat(same("User owns a PS4", "The user also has a PlayStation 4", 0.8)).isFalse();
    assertThat(same("Anna owns a PS4", "Maria has a PlayStation 4", 0.8)).isFalse();
  }

  @Test
  void aFunctionWordOfTheOtherSideCoversAWordThatMeansIt() {
    assertThat(Paraphrases.functionSense("owns", java.util.Set.of("user", "has", "a"), true))
        .isTrue();
    assertThat(Paraphrases.functionSense("building", java.util.Set.of("is"), true)).isFalse();
    assertThat(Paraphrases.functionSense("paints", java.util.Set.of("has"), true)).isFalse();
  }
}
