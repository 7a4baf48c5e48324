package dev.engram.memory.evolve;

import static dev.engram.memory.evolve.Decide.decide;
import static org.assertj.core.api.Assertions.assertThat;

import dev.engram.memory.evolve.Resolver.Action;
import dev.engram.memory.evolve.RuleResolver.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A statement whose subject is a pronoun supersedes nothing and is superseded by nothing unless the
 * two say the same words ({@link PronounSubjects}). Sentences written for this test, not taken from
 * any evaluation set.
 */
class PronounSubjectsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "It was great and helped clear Sam's head",
        "It's a lovely park",
        "They were great, their smiles warmed Ana's heart",
        "They're moving to Leeds",
        "He is a carpenter",
        "She's a nurse",
        "That gives Sam some new ideas",
        "This was the best week",
        "That's the one Sam wanted",
        "These are Ana's favourite shoes",
        "Those were the days",
      })
  void opensWithAPronoun(String text) {
    assertThat(PronounSubjects.opens(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "This necklace is special to Ana",
        "That pic was from a concert",
        "Those moments make Sam thankful",
        "These reminders help Ana stay motivated",
        "This class is Sam's favourite",
        "Itineraries are hard to plan",
        "Theo is a carpenter",
        "User's bike is red",
      })
  void opensOtherwise(String text) {
    assertThat(PronounSubjects.opens(text)).isFalse();
  }

  @Test
  void aSupersessionWithAPronounOnEitherSideIsAnAddition() {
    Verdict update = new Verdict(Action.UPDATE, "m1", "conflict: great", 1, 0.6, null);
    assertThat(PronounSubjects.guard(update, "It was great fun", "Ana's party was great").action())
        .isEqualTo(Action.ADD);
    assertThat(PronounSubjects.guard(update, "Ana's party was great", "It was great fun").action())
        .isEqualTo(Action.ADD);
    assertThat(PronounSubjects.guard(update, "It was great fun", "It was great fun").action())
        .isEqualTo(Action.UPDATE);
    assertThat(
            PronounSubjects.guard(update, "Ana's party was great", "Ana's party was great fun")
                .action())
        .isEqualTo(Action.UPDATE);
  }

  @Test
  void otherVerdictsStand() {
    Verdict reinforce = new Verdict(Action.REINFORCE, "m1", "same statement", 1, 0.9, null);
    assertThat(PronounSubjects.guard(reinforce, "It was great fun", "It was so much fun"))
        .isSameAs(reinforce);
  }

  @ParameterizedTest
  @CsvSource({
    // one value replaced in place, but nothing says the two "it"s are one thing
    "They live in Leeds, They live in York",
    "She works at Siemens, She works at Bosch",
  })
  void theRulesDoNotReplaceAPronounsValue(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.8).action()).isEqualTo(Action.ADD);
  }

  @ParameterizedTest
  @CsvSource({
    // a named subject: the same value replaced still supersedes
    "User lives in Leeds, User lives in York",
    "User works at Siemens, User works at Bosch",
  })
  void aNamedSubjectsValueIsStillReplaced(String existing, String incoming) {
    assertThat(decide(existing, incoming, 0.8).action()).isEqualTo(Action.UPDATE);
  }

  @Test
  void theSameWordsNegatedStillSupersede() {
    assertThat(decide("They live in Leeds", "They no longer live in Leeds", 0.8).action())
        .isEqualTo(Action.UPDATE);
  }
}
