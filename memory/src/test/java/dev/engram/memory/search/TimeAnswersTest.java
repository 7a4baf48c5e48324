package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeAnswersTest {
  @Test
  void questionsThatAskWhen() {
    assertThat(TimeAnswers.asksWhen("When did Caroline go to the pride festival?")).isTrue();
    assertThat(TimeAnswers.asksWhen("  when is the baby due")).isTrue();
    assertThat(TimeAnswers.asksWhen("What year did John start surfing?")).isTrue();
    assertThat(TimeAnswers.asksWhen("Which month did Maria move?")).isTrue();
    assertThat(TimeAnswers.asksWhen("In which year was the store opened?")).isTrue();
    assertThat(TimeAnswers.asksWhen("How long ago was Gina's first show?")).isTrue();
  }

  @Test
  void questionsThatAskSomethingElse() {
    assertThat(TimeAnswers.asksWhen("What did Caroline research?")).isFalse();
    assertThat(TimeAnswers.asksWhen("Whenever I travel, what do I pack?")).isFalse();
    assertThat(TimeAnswers.asksWhen("Where did Melanie camp in July 2023?")).isFalse();
    assertThat(TimeAnswers.asksWhen("How long has John played basketball?")).isFalse();
    assertThat(TimeAnswers.asksWhen("what timeline does the plan follow?")).isFalse();
  }

  @Test
  void textsThatSayWhen() {
    assertThat(TimeAnswers.saysWhen("Caroline: We had a blast last year at the Pride fest!"))
        .isTrue();
    assertThat(TimeAnswers.saysWhen("I went there three weeks ago")).isTrue();
    assertThat(TimeAnswers.saysWhen("We met a few months ago")).isTrue();
    assertThat(TimeAnswers.saysWhen("Yesterday was crazy")).isTrue();
    assertThat(TimeAnswers.saysWhen("I met back up with my teammates on the 15th")).isTrue();
    assertThat(TimeAnswers.saysWhen("User's gym membership renews in October")).isTrue();
    assertThat(TimeAnswers.saysWhen("Moved here in 2019")).isTrue();
    assertThat(TimeAnswers.saysWhen("We play every Saturday")).isTrue();
    assertThat(TimeAnswers.saysWhen("It's been great this summer")).isTrue();
    assertThat(TimeAnswers.saysWhen("I just adopted a puppy")).isTrue();
  }

  @Test
  void textsThatSayNoTime() {
    assertThat(TimeAnswers.saysWhen("Caroline: I love painting sunsets")).isFalse();
    assertThat(TimeAnswers.saysWhen("I may go, it depends")).as("may, the verb").isFalse();
    assertThat(TimeAnswers.saysWhen("We scored 120 points")).isFalse();
    assertThat(TimeAnswers.saysWhen("She adjusted the plan")).as("inside a word").isFalse();
    assertThat(TimeAnswers.saysWhen(null)).isFalse();
  }
}
