package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule engine with WordNet's synonyms, hypernyms and antonyms as evidence. */
class LexicalRulesTest {

  /** A word of the same synset is the same word: the statement is restated. */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User owns a motorcycle | The user has a motorbike",
        "User's physician is in Leeds | The user's doctor is in Leeds",
      })
  void synonymsReinforce(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  /** A word one or two steps more general or more specific is the same word. */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's father is a pilot | The user's dad is a pilot",
      })
  void hypernymsReinforce(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
  }

  /** A statement that spells out a WordNet definition of one word restates it. */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is an atheist | The user does not believe in god",
        "User is a pacifist | The user is opposed to war",
      })
  void definitionsReinforce(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.5);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.REINFORCE);
    assertThat(d.reason()).contains("definition");
  }

  /** The definition with the other polarity is not a restatement. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User is an atheist | The user believes in god",
        "User is not a pacifist | The user is opposed to war",
      })
  void negatedDefinitionsDoNotReinforce(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.5);
    assertThat(d.action()).as(d.reason()).isNotEqualTo(Action.REINFORCE);
  }

  /** WordNet opposites on a shared attribute replace the value. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's suitcase is heavy | User's suitcase is light",
      })
  void antonymsConflict(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.8);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
    assertThat(d.reason()).contains("opposite values");
  }

  /** Related but different things, and opposites that are people, stay apart. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's sister is a pilot | User's brother is a pilot",
        "User owns a hamster | User owns a parrot",
        "User's father is a pilot | User's uncle is a pilot",
        "User's brother plays chess | User's friend plays chess",
      })
  void relatedWordsStayDistinct(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.6);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }
}
