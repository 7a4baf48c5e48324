package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.Resolver.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time phrase ("last summer", "next spring") says when, not what ({@link TimePhrases}). Sentences
 * written for this test, not taken from any evaluation set.
 */
class TimePhrasesTest {

  @ParameterizedTest(name = "{1} in ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "User was in Madrid last weekend | last",
        "User was in Madrid last weekend | weekend",
        "User is going to Vienna next spring | next",
        "User started running in early autumn | early",
      })
  void theWordsOfATimePhraseSayWhen(String sentence, String word) {
    Statement s = Statement.parse(sentence);
    assertThat(TimePhrases.when(Lexicon.canonical(word), s)).isTrue();
  }

  @ParameterizedTest(name = "{1} in ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's last car was a Fiat | last",
        "User's last car was a Fiat | car",
        "User was in Madrid last weekend | madrid",
        "User's favourite season is autumn | season",
        "User's last holiday was in Spain | last",
      })
  void otherWordsDoNot(String sentence, String word) {
    Statement s = Statement.parse(sentence);
    assertThat(TimePhrases.when(Lexicon.canonical(word), s)).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User was in Madrid last weekend | User was in Berlin last weekend",
        "User is going to Vienna next spring | User is going to Krakow next spring",
      })
  void twoPlacesAtTheSameTimeAreTwoFacts(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.75);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.ADD);
  }

  @Test
  void aNewAmountForTheSamePeriodStillReplacesIt() {
    Decision d =
        decide(
            "User's electricity bill was 90 pounds last month",
            "User's electricity bill was 120 pounds last month",
            0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User's favourite season is autumn | User's favourite season is spring",
        "User's last holiday was in Spain | User's last holiday was in Italy",
      })
  void aPeriodThatIsWhatTheStatementIsAboutStaysAnAttribute(String existing, String incoming) {
    Decision d = decide(existing, incoming, 0.9);
    assertThat(d.action()).as(d.reason()).isEqualTo(Action.UPDATE);
  }
}
