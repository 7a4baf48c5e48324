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
    assertThat(KeywordQuery.of("where does the user work")).isEqualTo("work");
    assertThat(KeywordQuery.isQuestion("how are you")).isTrue();
    assertThat(KeywordQuery.of("what the user likes to eat")).isEqualTo("likes to eat");
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
  void aQuestionLosesTheRoleByWhichItNamesThePersonAskedAbout() {
    assertThat(KeywordQuery.of("where does the customer live")).isEqualTo("live");
    assertThat(KeywordQuery.of("When does the caller want deliveries?"))
        .isEqualTo("want deliveries");
    assertThat(KeywordQuery.of("What is the client's favourite colour?"))
        .isEqualTo("favourite colour");
    assertThat(KeywordQuery.of("What did this Patient’s doctor say?")).isEqualTo("doctor say");
  }

  @Test
  void aRoleWordWithoutADeterminerOrInAStatementIsKept() {
    assertThat(KeywordQuery.of("Which customers bought shoes?"))
        .isEqualTo("customers bought shoes");
    assertThat(KeywordQuery.of("What did Anna tell her client?")).isEqualTo("Anna tell her client");
    assertThat(KeywordQuery.of("customer service number")).isEqualTo("customer service number");
    assertThat(KeywordQuery.of("Who is the customer?")).isEqualTo("Who is the customer?");
  }

  @Test
  void contractionsAndNonLatinWordsSurvive() {
    assertThat(KeywordQuery.of("What's Zoë's café called?")).isEqualTo("What's Zoë's café called");
  }
}
