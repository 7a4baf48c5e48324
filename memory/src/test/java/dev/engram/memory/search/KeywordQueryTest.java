package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordQueryTest {
  @Test
  void aQuestionKeepsItsContentWords() {
    assertThat(KeywordQuery.of("What did Caroline research?")).isEqualTo("Caroline research");
    assertThat(KeywordQuery.of("When did Melanie paint a sunrise?"))
        .isEqualTo("Melanie paint a sunrise");
    assertThat(KeywordQuery.of("Would Caroline likely pursue writing as a career option?"))
        .isEqualTo("Caroline pursue writing as a career option");
    assertThat(KeywordQuery.of("What kind of pet does Alice have?")).isEqualTo("of pet Alice");
  }

  @Test
  void aQuestionWithoutAQuestionMarkIsRecognizedByItsFirstWord() {
    assertThat(KeywordQuery.of("where does the user work")).isEqualTo("the user work");
    assertThat(KeywordQuery.isQuestion("how are you")).isTrue();
    assertThat(KeywordQuery.of("what the user likes to eat")).isEqualTo("the user likes to eat");
  }

  @Test
  void aStatementOrAKeywordListIsKeptAsWritten() {
    assertThat(KeywordQuery.of("favourite food")).isEqualTo("favourite food");
    assertThat(KeywordQuery.of("User has a dog")).isEqualTo("User has a dog");
    assertThat(KeywordQuery.of("Is it raining")).isEqualTo("Is it raining");
  }

  @Test
  void aQuestionOfQuestionWordsOnlyIsKeptAsWritten() {
    assertThat(KeywordQuery.of("What is it?")).isEqualTo("it");
    assertThat(KeywordQuery.of("Who was?")).isEqualTo("Who was?");
  }

  @Test
  void contractionsAndNonLatinWordsSurvive() {
    assertThat(KeywordQuery.of("What's Zoë's café called?")).isEqualTo("What's Zoë's café called");
  }
}
