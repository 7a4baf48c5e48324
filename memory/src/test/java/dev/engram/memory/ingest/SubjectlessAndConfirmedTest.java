package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.Message;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two extraction rules: a clause whose subject the speaker left out is read as the speaker's, and
 * an assistant's statement about the user becomes the user's fact once the user confirms it.
 */
class SubjectlessAndConfirmedTest {
  private final RuleExtractor extractor = new RuleExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Been busy volunteering at the shelter|I have been busy volunteering at the shelter",
        "Just started doing aerial yoga|I just started doing aerial yoga",
        "Researching adoption agencies this month|I am researching adoption agencies this month",
        "Excited to try the new recipe|I am excited to try the new recipe",
        "Signed up for a pottery class|I signed up for a pottery class",
        "Love experimenting with spices|I love experimenting with spices",
        "Can't wait for tomorrow's grand opening|I can't wait for tomorrow's grand opening",
        "Didn't expect the crowd to be that big|I didn't expect the crowd to be that big",
        "Started to learn the marketing tools|I started to learn the marketing tools",
        "Always happy to share my recipes with you|I am always happy to share my recipes with you",
        "Never been to Rome|I have never been to Rome"
      })
  void aClauseWithoutItsSubjectIsTheSpeakers(String said, String read) {
    assertThat(Statements.withSubject(said)).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Running marathons keeps me sane",
        "Taking care of ourselves is vital",
        "Wishing you the best on your journey",
        "Been a long road",
        "Love and acceptance can be found everywhere",
        "Something new came up",
        "Painting landscapes has been my hobby",
        "Caroline went to the park",
        "Can't wait to see your new studio",
        "Can't wait!",
        "Don't forget the tickets for the concert",
        "It's a mix of drama and romance"
      })
  void aClauseWithASubjectOrSpokenToTheListenerIsLeftAlone(String said) {
    assertThat(Statements.withSubject(said)).isEqualTo(said);
  }

  @Test
  void aSubjectlessClauseBecomesAFactOfTheSpeaker() {
    assertThat(
            contents(new Message("m1", "user", "Just started doing aerial yoga!", null, "Maria")))
        .containsExactly("Maria just started doing aerial yoga");
  }

  @Test
  void aClauseOpeningWithANegatedAuxiliaryBecomesAFactOfTheSpeaker() {
    assertThat(
            contents(
                new Message(
                    "m1", "user", "Woohoo! Can't wait for the grand opening!", null, "Gina")))
        .containsExactly("Gina cannot wait for the grand opening");
  }

  @Test
  void anAssistantStatementTheUserConfirmsBecomesTheUsersFact() {
    List<Fact> facts =
        extract(
            new Message("a1", "assistant", "Got it. So you're moving to Berlin in May?", null),
            new Message("u1", "user", "Yes, exactly.", null, "Ana"));

    assertThat(facts).extracting(Fact::content).containsExactly("Ana is moving to Berlin in May");
    assertThat(facts.get(0).messageIds()).containsExactly("a1", "u1");
  }

  @Test
  void aConfirmedQuestionAboutARelativeBecomesAFact() {
    assertThat(
            contents(
                new Message("a1", "assistant", "Is your sister a nurse?", null),
                new Message("u1", "user", "Yes she is", null)))
        .contains("User's sister is a nurse");
  }

  @Test
  void anUnconfirmedAssistantStatementGivesNothing() {
    assertThat(
            contents(
                new Message("a1", "assistant", "So you're moving to Berlin in May?", null),
                new Message("u1", "user", "No, to Munich in June.", null)))
        .noneMatch(c -> c.contains("Berlin"));
  }

  @Test
  void whatTheAssistantSaysOfItselfIsNotTheUsers() {
    assertThat(
            contents(
                new Message(
                    "a1", "assistant", "I recommend the museum pass. It saves money.", null),
                new Message("u1", "user", "Yes, good idea.", null)))
        .isEmpty();
  }

  @Test
  void youAsAnObjectBecomesMe() {
    assertThat(Confirmations.firstPerson("Your doctor told you to rest for a week."))
        .isEqualTo("My doctor told me to rest for a week.");
    assertThat(Confirmations.firstPerson("Do you work at the bakery on Main Street?"))
        .isEqualTo("I work at the bakery on Main Street.");
  }

  private List<Fact> extract(Message... messages) {
    return extractor.extract(new Conversation("c1", "u1", null, null, List.of(messages)));
  }

  private List<String> contents(Message... messages) {
    return extract(messages).stream().map(Fact::content).toList();
  }
}
