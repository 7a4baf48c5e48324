package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnWordsTest {
  @Test
  void queryTermsAreAnalysedAsTheKeywordIndexDoes() {
    assertThat(OwnWords.terms("yoga Maria practiced the classes"))
        .containsExactly("yoga", "maria", "practic", "class");
  }

  @Test
  void aWordIsFoundInAnyInflectionAndOnlyAsAWholeWord() {
    assertThat(
            OwnWords.find("she practices daily", "practic", new HashMap<>())
                != OwnWords.Found.NOWHERE)
        .isTrue();
    assertThat(OwnWords.find("so happy today", "happi", new HashMap<>()) != OwnWords.Found.NOWHERE)
        .isTrue();
    assertThat(OwnWords.find("maria's classes", "maria", new HashMap<>()) != OwnWords.Found.NOWHERE)
        .isTrue();
    assertThat(OwnWords.find("the yogamat", "yoga", new HashMap<>()) != OwnWords.Found.NOWHERE)
        .isFalse();
    assertThat(OwnWords.find("my stoga", "yoga", new HashMap<>()) != OwnWords.Found.NOWHERE)
        .isFalse();
  }

  @Test
  void theShareCountsTheMatchedWordsTheContentHolds() {
    OwnWords query = new OwnWords("yoga Maria practiced");

    assertThat(query.share("Maria: Wow, what kind of class is it?", "after John: I do aerial yoga"))
        .isEqualTo(0.5);
    assertThat(query.share("Maria: I enjoy aerial yoga", "after John: yoga with friends"))
        .isEqualTo(1.0);
    assertThat(query.share("John: Nice!", "after Maria: I practiced yoga")).isEqualTo(0.0);
  }

  @Test
  void theMatchedTermsAreThoseTheContentOrTheContextHoldsInAnyInflection() {
    OwnWords query = new OwnWords("yoga Maria practiced");

    assertThat(query.size()).isEqualTo(3);
    assertThat(query.matched("Maria: I enjoy aerial yoga", null)).containsOnly("yoga", "maria");
    assertThat(query.matched("John: Nice!", "after Maria: I practice daily"))
        .containsOnly("maria", "practic");
    assertThat(query.matched("John: hiking", "")).isEmpty();
  }

  @Test
  void aMemoryWithoutContextOrWithoutAMatchKeepsItsWholeShare() {
    OwnWords query = new OwnWords("yoga Maria practiced");

    assertThat(query.share("John: yoga", null)).isEqualTo(1.0);
    assertThat(query.share("John: yoga", " ")).isEqualTo(1.0);
    assertThat(query.share("John: hiking", "after John: swimming")).isEqualTo(1.0);
    assertThat(new OwnWords("").share("John: hiking", "after John: swimming")).isEqualTo(1.0);
  }

  @Test
  void aWordTheContextHoldsOnlyInAQuestionCountsAsTheReplysOwn() {
    OwnWords query = new OwnWords("Where has Melanie camped?");

    assertThat(
            query.share(
                "Melanie: In the mountains, last week!",
                "after Caroline: Where did you go camping?"))
        .isEqualTo(1.0);
    assertThat(
            query.share(
                "Caroline: Wow, that looks fun!",
                "after Melanie: We went camping in the mountains."))
        .isEqualTo(0.0);
  }

  @Test
  void theQuotedOwnMessageOfAnIngestedFactCountsAsItsOwnWords() {
    OwnWords query = new OwnWords("Where has Melanie camped?");

    assertThat(
            query.share(
                "Melanie went on a trip",
                "after: How was your weekend; said: We camped by the lake."))
        .isEqualTo(1.0);
    assertThat(query.share("Melanie went on a trip", "after: We camped by the lake."))
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
