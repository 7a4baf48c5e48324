package dev.engram.memory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestatementTest {

  @Test
  void aFactInTheThirdPersonRestatesAFirstPersonMessage() {
    assertThat(
            Restatement.restates("User lives in Porto these days", "I live in Porto these days."))
        .isTrue();
    assertThat(Restatement.restates("User is allergic to peanuts", "I'm allergic to peanuts!"))
        .isTrue();
    assertThat(Restatement.restates("Caroline's sister is a nurse", "My sister is a nurse."))
        .isTrue();
  }

  @Test
  void aMessageSayingMoreThanTheFactIsNotRestated() {
    assertThat(Restatement.restates("User loves sushi", "I love sushi and I hate pizza."))
        .isFalse();
    assertThat(
            Restatement.restates(
                "User went sailing yesterday", "Great, I went sailing yesterday with my uncle."))
        .isFalse();
  }

  @Test
  void greetingsAndInterjectionsTheExtractorLeavesOutDoNotCount() {
    assertThat(
            Restatement.restates(
                "User lives in Porto these days", "Hi! I live in Porto these days."))
        .isTrue();
    assertThat(
            Restatement.restates(
                "User is allergic to peanuts", "Oh, thanks. I'm allergic to peanuts."))
        .isTrue();
    assertThat(
            Restatement.restates("User lives in Porto", "Hi! I live in Porto and work in Braga."))
        .isFalse();
  }

  @Test
  void wordsAreComparedByTheirStems() {
    assertThat(Restatement.restates("User is planning trips", "We're planning a trip")).isTrue();
    assertThat(Restatement.restates("User plans a trip", "I'm planning a trip to Rome")).isFalse();
  }
}
