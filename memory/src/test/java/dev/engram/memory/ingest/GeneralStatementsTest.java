package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Statements beyond the first-person templates: what was said is kept, in the third person. */
class GeneralStatementsTest {
  private final RuleExtractor extractor = new RuleExtractor();

  @Test
  void aOneWordPredicateAboutTheUserIsKept() {
    assertThat(contents("I am vegetarian.")).containsExactly("User is vegetarian");
    assertThat(contents("I'm left-handed")).containsExactly("User is left-handed");
  }

  @Test
  void aRelativeIntroducedByNameGivesTheRelationAndTheStatement() {
    assertThat(contents("My daughter Emma starts school next week"))
        .containsExactly("User's daughter Emma starts school next week", "User's daughter is Emma");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Last weekend I took my kids hiking in the mountains|Last weekend User took User's kids"
            + " hiking in the mountains",
        "We adopted a rescue puppy from the shelter|User and others adopted a rescue puppy from the"
            + " shelter",
        "Yesterday my brother finally finished his pottery class|Yesterday User's brother finally"
            + " finished his pottery class",
        "The new bakery on our street sells amazing sourdough|The new bakery on User's street sells"
            + " amazing sourdough",
        "Running marathons keeps me sane|Running marathons keeps User sane",
        "Painting landscapes has been my hobby since college|Painting landscapes has been User's"
            + " hobby since college"
      })
  void informativeSentencesOutsideTheTemplatesAreKeptInTheThirdPerson(String said, String kept) {
    assertThat(contents(said)).contains(kept);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "They were stoked for the dinosaur exhibit!",
        "She started piano lessons in town",
        "He's been training the puppy daily"
      })
  void aShortSentenceAboutAPersonTheSpeakerSpeaksOfIsKept(String said) {
    assertThat(contents(said)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "It was a cozy little cafe",
        "The weather is nice today",
        "Those were tasty homemade cookies"
      })
  void aShortSentenceAboutNoPersonIsNot(String said) {
    assertThat(contents(said)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "That's so cool, congrats on the new job!",
        "Sounds like a wonderful weekend",
        "Your garden looks absolutely lovely this spring",
        "Wow, what a beautiful photo",
        "Good luck with the exam tomorrow",
        "I'm so happy for you",
        "Take care and talk soon",
        "Did you enjoy the concert last night?",
        "Wow, that sounds great - I agree, they're awesome",
        "Wow, congrats on those deals with Nike and Gatorade"
      })
  void pleasantriesQuestionsAndRemarksAboutTheListenerGiveNothing(String said) {
    assertThat(contents(said)).isEmpty();
  }

  @Test
  void anInterjectionBeforeAStatementIsLeftOut() {
    assertThat(contents("Wow, I ran my first marathon today!"))
        .containsExactly("User ran their first marathon today");
    assertThat(contents("Whoa, having a garden in the city is such a luxury for everyone"))
        .containsExactly("Having a garden in the city is such a luxury for everyone");
  }

  @Test
  void everyInformativeSentenceOfAMessageBecomesAFactOfThatMessage() {
    List<Fact> facts =
        extractor.extract(
            new Conversation(
                "c1",
                "u1",
                null,
                null,
                List.of(
                    new Message(
                        "m7",
                        "user",
                        "Thanks! I started a ceramics course in April. My instructor Paolo"
                            + " trained in Florence. How was your trip?",
                        null))));

    assertThat(facts)
        .extracting(Fact::content)
        .containsExactly(
            "User started a ceramics course in April",
            "User's instructor Paolo trained in Florence",
            "User's instructor is Paolo");
    assertThat(facts).allSatisfy(f -> assertThat(f.messageIds()).containsExactly("m7"));
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
