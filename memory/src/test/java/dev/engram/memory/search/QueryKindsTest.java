package dev.engram.memory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryKindsTest {
  @Test
  void theCategoryIsTheNounPhraseBetweenTheOpenerAndTheAuxiliary() {
    assertThat(QueryKinds.nouns("What instruments does Melanie play?"))
        .containsExactly("instruments");
    assertThat(QueryKinds.nouns("What European countries has Maria been to?"))
        .containsExactly("european countries", "countries");
    assertThat(QueryKinds.nouns("What types of yoga has Maria practiced?")).containsExactly("yoga");
    assertThat(QueryKinds.nouns("Which US cities does John mention visiting to Tim?"))
        .containsExactly("us cities", "cities");
  }

  @Test
  void aQuestionThatAsksForNoCategoryHasNone() {
    assertThat(QueryKinds.nouns("Where did Caroline move from?")).isEmpty();
    assertThat(QueryKinds.nouns("What did Caroline research?")).isEmpty();
    assertThat(QueryKinds.nouns("What is Caroline's identity?")).isEmpty();
    assertThat(QueryKinds.nouns("my favourite instruments")).isEmpty();
  }

  @Test
  void aMemoryNamingAKindOrAnInstanceOfTheCategoryIsNamed() {
    QueryKinds instruments = QueryKinds.of("What instruments does Melanie play?").orElseThrow();
    assertThat(instruments.named("Melanie: I've been playing the clarinet since I was young"))
        .isTrue();
    assertThat(instruments.named("Melanie: I went camping with the kids")).isFalse();

    QueryKinds cities = QueryKinds.of("Which cities has John been to?").orElseThrow();
    assertThat(cities.named("John: Chicago was amazing, the food was great")).isTrue();
    assertThat(cities.named("John: I visited New York last spring")).isTrue();
    assertThat(cities.named("John: the game went well")).isFalse();

    QueryKinds states = QueryKinds.of("What states has Maria visited?").orElseThrow();
    assertThat(states.named("Maria: Oregon was lovely")).isTrue();
    assertThat(states.named("Maria: it was lovely, it may rain")).isFalse();
  }

  @Test
  void aCategoryTooGeneralToTellAnythingIsLeftAlone() {
    assertThat(QueryKinds.of("What activities has Melanie done?")).isEqualTo(Optional.empty());
    assertThat(QueryKinds.of("What events did she attend?")).isEqualTo(Optional.empty());
  }

  @Test
  void aCategoryAskedForInTheSingularIsLeftAlone() {
    assertThat(QueryKinds.of("Which instrument do I perform with?")).isEqualTo(Optional.empty());
    assertThat(QueryKinds.of("Which instruments do I perform with?")).isPresent();
    assertThat(QueryKinds.of("What types of instrument does she play?")).isPresent();
  }

  @Test
  void aPluralIsLookedUpWithItsSingulars() {
    assertThat(QueryKinds.forms("cities")).containsExactly("cities", "city");
    assertThat(QueryKinds.forms("boxes")).containsExactly("boxes", "box", "boxe");
    assertThat(QueryKinds.forms("violins")).containsExactly("violins", "violin");
    assertThat(QueryKinds.forms("glass")).containsExactly("glass");
  }
}
