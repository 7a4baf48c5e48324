package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributesTest {

  @Test
  void theNounsNamingWhatAStatementIsAbout() {
    assertThat(Attributes.nouns("Customer on Pro plan, billed monthly")).containsExactly("plan");
    assertThat(Attributes.nouns("Cust moved to the Enterprise plan")).containsExactly("plan");
    // "S's X is V": the attribute is X, not the value
    assertThat(Attributes.nouns("Account status: active")).containsExactly("account", "status");
    assertThat(Attributes.nouns("User's favourite food is sushi")).containsExactly("food");
    // the subject's verb, adjectives, adverbs, names, people and periods are left out
    assertThat(Attributes.nouns("User streams music on Deezer")).containsExactly("music");
    assertThat(Attributes.nouns("User's sister moved to Leeds last year")).isEmpty();
    assertThat(Attributes.nouns("User's home Wi-Fi router is a Netgear Nighthawk"))
        .containsExactly("router");
  }

  @Test
  void twoStatementsShareANounOrAnAcronymSpelledOut() {
    assertThat(
            Attributes.shared(
                "Customer on Pro plan, billed monthly", "Cust moved to the Enterprise plan"))
        .isTrue();
    assertThat(
            Attributes.shared(
                "User streams music on Deezer",
                "User moved their music library over to YouTube Music"))
        .isTrue();
    // "CSM" is spelled by the note as written, its subject word included
    assertThat(Attributes.shared("Dedicated CSM: Laura", "Customer's success manager is now Ben"))
        .isTrue();
    assertThat(Attributes.queryWords("Customer's success manager is now Ben")).contains("csm");
  }

  @Test
  void aQualifierOrAValueInCommonIsNoAttribute() {
    assertThat(
            Attributes.shared(
                "User's favorite band is Radiohead", "User's favorite movie is Alien"))
        .isFalse();
    assertThat(Attributes.shared("User likes hiking", "User likes baking bread")).isFalse();
    assertThat(
            Attributes.shared("User's favourite food is sushi", "User's favourite drink is sushi"))
        .isFalse();
    assertThat(Attributes.shared("Dedicated CSM: Laura", "Customer's account manager is Ben"))
        .isFalse();
  }

  @Test
  void aTerseChangeSaysSoInAFewWords() {
    assertThat(Attributes.terseChange("Cust moved to the Enterprise plan")).isTrue();
    assertThat(Attributes.terseChange("Customer's success manager is now Ben")).isTrue();
    // no change word
    assertThat(Attributes.terseChange("User likes the Enterprise plan")).isFalse();
    // "new" alone describes a thing
    assertThat(Attributes.terseChange("User bought a new plan")).isFalse();
    // a caption
    assertThat(Attributes.terseChange("(photo: a sign that says never give up on the plan)"))
        .isFalse();
    // a conversation's long sentence
    assertThat(
            Attributes.terseChange(
                "Tim moved the whole book club to a bigger room in the library downtown because"
                    + " more members keep joining every week"))
        .isFalse();
  }

  @Test
  void aMemoryIsComparableWhenTerseAndAboutTheSameOne() {
    assertThat(Attributes.comparable("User moved to the Enterprise plan", "User's plan is Pro"))
        .isTrue();
    assertThat(
            Attributes.comparable(
                "Maria moved to the Enterprise plan", "John's plan is the Pro plan"))
        .isFalse();
    assertThat(
            Attributes.comparable(
                "User moved to the Enterprise plan",
                "User's plan is the Pro plan which the team chose after a long trial of every"
                    + " other vendor's offering last spring"))
        .isFalse();
  }
}
