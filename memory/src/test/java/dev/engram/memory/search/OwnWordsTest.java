package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnWordsTest {
  @Test
  void queryTermsAreAnalysedAsTheKeywordIndexDoes() {
    assertThat(OwnWords.terms("yoga Maria practiced the classes"))
        .containsExactly("yoga", "maria", "practic", "class");
  }

  @Test
  void aWordIsFoundInAnyInflectionAndOnlyAsAWholeWord() {
    assertThat(OwnWords.holds("she practices daily", "practic")).isTrue();
    assertThat(OwnWords.holds("so happy today", "happi")).isTrue();
    assertThat(OwnWords.holds("maria's classes", "maria")).isTrue();
    assertThat(OwnWords.holds("the yogamat", "yoga")).isFalse();
    assertThat(OwnWords.holds("my stoga", "yoga")).isFalse();
  }

  @Test
  void theShareCountsTheMatchedWordsTheContentHolds() {
    Set<String> query = OwnWords.terms("yoga Maria practiced");

    assertThat(
            OwnWords.share(
                query, "Maria: Wow, what kind of class is it?", "after John: I do aerial yoga"))
        .isEqualTo(0.5);
    assertThat(OwnWords.share(query, "Maria: I enjoy aerial yoga", "after John: yoga with friends"))
        .isEqualTo(1.0);
    assertThat(OwnWords.share(query, "John: Nice!", "after Maria: I practiced yoga"))
        .isEqualTo(0.0);
  }

  @Test
  void aMemoryWithoutContextOrWithoutAMatchKeepsItsWholeShare() {
    Set<String> query = OwnWords.terms("yoga Maria practiced");

    assertThat(OwnWords.share(query, "John: yoga", null)).isEqualTo(1.0);
    assertThat(OwnWords.share(query, "John: yoga", " ")).isEqualTo(1.0);
    assertThat(OwnWords.share(query, "John: hiking", "after John: swimming")).isEqualTo(1.0);
    assertThat(OwnWords.share(Set.of(), "John: hiking", "after John: swimming")).isEqualTo(1.0);
  }

  @Test
  void aWordTheContextHoldsOnlyInAQuestionCountsAsTheReplysOwn() {
    Set<String> query = OwnWords.terms("Where has Melanie camped?");

    assertThat(
            OwnWords.share(
                query,
                "Melanie: In the mountains, last week!",
                "after Caroline: Where did you go camping?"))
        .isEqualTo(1.0);
    assertThat(
            OwnWords.share(
                query,
                "Caroline: Wow, that looks fun!",
                "after Melanie: We went camping in the mountains."))
        .isEqualTo(0.0);
  }

  @Test
  void theQuotedOwnMessageOfAnIngestedFactCountsAsItsOwnWords() {
    Set<String> query = OwnWords.terms("Where has Melanie camped?");

    assertThat(
            OwnWords.share(
                query,
                "Melanie went on a trip",
                "after: How was your weekend; said: We camped by the lake."))
        .isEqualTo(1.0);
    assertThat(OwnWords.share(query, "Melanie went on a trip", "after: We camped by the lake."))
        .isEqualTo(0.5);
  }

  @Test
  void aSentenceIsAQuestionWhenItEndsWithAQuestionMark() {
    String text = "where did you go camping? we went camping. fun!";

    assertThat(OwnWords.inQuestion(text, text.indexOf("camping"))).isTrue();
    assertThat(OwnWords.inQuestion(text, text.lastIndexOf("camping"))).isFalse();
    assertThat(OwnWords.ownMessage("after: hi; said: we camped")).isEqualTo(11);
    assertThat(OwnWords.ownMessage("said: we camped")).isZero();
    assertThat(OwnWords.ownMessage("after: she said: we camped")).isEqualTo(-1);
  }

  @Test
  void aWordOfTheTextIsStemmedAsTheKeywordAnalyzerStemsIt() {
    for (String word : List.of("maria's", "studies", "happy", "painting", "camped", "kids’")) {
      assertThat(OwnWords.stem(word)).as(word).isEqualTo(OwnWords.terms(word).iterator().next());
    }
  }
}
