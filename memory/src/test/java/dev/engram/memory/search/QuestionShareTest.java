package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class QuestionShareTest {
  private static final Offset<Double> EXACT = Offset.offset(1e-9);

  @Test
  void aStatementHasNoQuestionWords() {
    assertThat(QuestionShare.of("User runs to de-stress.")).isZero();
    assertThat(QuestionShare.of("Melanie: I've been running farther to de-stress!")).isZero();
    assertThat(QuestionShare.of("takes metformin every morning")).isZero();
  }

  @Test
  void aQuestionIsAllQuestion() {
    assertThat(QuestionShare.of("What got you into running?")).isEqualTo(1.0);
    assertThat(QuestionShare.of("Caroline: For walking or running?")).isEqualTo(1.0);
  }

  @Test
  void theShareCountsTheWordsOfEachKindOfSentence() {
    // "Wow!" (1 word) then a question of 5 words
    assertThat(QuestionShare.of("Wow! What got you into running?")).isCloseTo(5.0 / 6, EXACT);
    // 4 words stated, 3 asked
    assertThat(QuestionShare.of("I love painting sunsets. Do you paint?"))
        .isCloseTo(3.0 / 7, EXACT);
  }

  @Test
  void wordsAfterTheLastMarkAreAStatement() {
    // the unfinished last sentence ("I went hiking") states
    assertThat(QuestionShare.of("Did you go? I went hiking")).isCloseTo(3.0 / 6, EXACT);
  }

  @Test
  void quotesAndBracketsAfterTheMarkDoNotHideIt() {
    // the sentence that holds the quoted question ends with its "?": 5 words asked, 3 stated
    assertThat(QuestionShare.of("She asked \"Where is it?\" Then we left."))
        .isCloseTo(5.0 / 8, EXACT);
    assertThat(QuestionShare.of("(Is that yours?) It is mine.")).isCloseTo(3.0 / 6, EXACT);
  }

  @Test
  void apostrophesAndPeriodsInsideWordsDoNotSplit() {
    assertThat(QuestionShare.of("Who's Caroline's friend?")).isEqualTo(1.0);
    // "3.5" is read as two runs of digits, but it ends no sentence
    assertThat(QuestionShare.of("It costs 3.5 dollars. Why?")).isCloseTo(1.0 / 6, EXACT);
  }

  @Test
  void noWordsNoShare() {
    assertThat(QuestionShare.of("")).isZero();
    assertThat(QuestionShare.of(null)).isZero();
    assertThat(QuestionShare.of("?!")).isZero();
  }
}
