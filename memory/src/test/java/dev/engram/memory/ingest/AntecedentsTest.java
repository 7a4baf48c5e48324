package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An opening "it" or "they" read as what the sentence before it names ({@link Antecedents}).
 * Sentences written for this test, not taken from any evaluation set.
 */
class AntecedentsTest {
  private final RuleExtractor extractor = new RuleExtractor();

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a title in quotes
        "I'm reading \"Dune\" by Frank Herbert.|It's a great story about religion|\"Dune\" is a"
            + " great story about religion",
        // the last noun phrase with a singular head, "a" read as "the"
        "Last Friday I went to a council meeting for adoption.|It was inspiring and emotional|The"
            + " council meeting was inspiring and emotional",
        // a time after the noun is not part of it
        "I told you about my school event last week.|It was the biggest crowd so far|My school"
            + " event was the biggest crowd so far",
        // "it's" before a participle is "it has"
        "I finally joined a climbing gym.|It's helped my back a lot|The climbing gym has helped my"
            + " back a lot",
        // a plural noun phrase for "they"
        "The kids loved it!|They were so excited to get their hands dirty|The kids were so"
            + " excited to get their hands dirty",
        "I took my nephews to the zoo.|They're crazy about penguins|My nephews are crazy about"
            + " penguins",
        // two names for "they"
        "Luna and Oliver!|They are so sweet and playful|Luna and Oliver are so sweet and playful",
        // a past verb after the noun ends the phrase
        "My cousins came over on Sunday.|They brought a huge chocolate cake|My cousins brought a"
            + " huge chocolate cake",
      })
  void aPronounIsWhatTheSentenceBeforeNames(String previous, String clause, String resolved) {
    assertThat(Antecedents.resolve(clause, previous)).isEqualTo(resolved);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "it" as the empty subject of what follows
        "I went to a pottery class.|It's important to support each other",
        "We went to a street festival.|It was so cool seeing the parade",
        "I joined a book club.|It's been a great way to meet people",
        "I signed up for a marathon.|It takes courage to start",
        // nothing of the right number before
        "Thanks Maria!|It was a long and tiring day",
        "I visited my grandparents.|It was a long drive home",
        "I went to a pottery class.|They love working with clay",
        // no sentence before
        "|It was a long drive home",
        // not a pronoun
        "I went to a pottery class.|Itineraries are hard to plan",
      })
  void otherwiseTheClauseIsLeftAsSaid(String previous, String clause) {
    assertThat(Antecedents.resolve(clause, previous == null ? "" : previous)).isEqualTo(clause);
  }

  @Test
  void theExtractorReadsThePronounOfTheSentenceAfter() {
    assertThat(
            contents(
                "I'm reading \"Dune\" by Frank Herbert. It taught me a lot about ecology and"
                    + " religion."))
        .contains("\"Dune\" taught User a lot about ecology and religion");
    assertThat(
            contents("We took the kids to the museum. They were stoked for the dinosaur exhibit!"))
        .contains("The kids were stoked for the dinosaur exhibit");
  }

  @Test
  void whatSaysNothingOfItselfIsNotMadeAFactByItsAntecedent() {
    // "It was awesome!" holds no content word; its antecedent must not give it one
    assertThat(contents("I went to a pottery workshop yesterday. It was awesome!"))
        .noneMatch(f -> f.contains("awesome"));
  }

  @Test
  void aResolvedClauseThatSaysTooLittleIsKeptAsSaid() {
    // "The kids loved the exhibit" alone is not detailed enough for a sentence about others; the
    // pronoun's statement is kept as said, as before
    assertThat(contents("The kids had fun. They loved the dinosaur exhibit."))
        .containsAnyOf("They loved the dinosaur exhibit", "The kids loved the dinosaur exhibit");
  }

  private List<String> contents(String said) {
    return extractor
        .extract(
            new Conversation(
                "c1", "u1", null, null, List.of(new Message("m1", "user", said, null))))
        .stream()
        .map(Fact::content)
        .toList();
  }
}
