package dev.engram.memory.evolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementTest {

  @Test
  void normalizesInflectionsSynonymsAndFunctionWords() {
    assertThat(Statement.parse("The user's job is nursing").content())
        .containsExactly("work", "nurse");
    assertThat(Statement.parse("User works as a nurse").content()).containsExactly("work", "nurse");
    assertThat(Statement.parse("Has a peanut allergy").content())
        .containsExactlyInAnyOrder("peanut", "allergic");
  }

  @Test
  void findsValuesNegationsChangeWordsAndMarkers() {
    Statement s = Statement.parse("User now doesn't drink 2 coffees in Lisbon");
    assertThat(s.values()).containsExactlyInAnyOrder("2", "lisbon");
    assertThat(s.negative()).isTrue();
    assertThat(s.changeWords()).containsExactly("now");
    assertThat(s.content()).doesNotContain("now", "not");
    assertThat(Statement.parse("User no longer smokes").changeWords()).containsExactly("no longer");
    assertThat(Statement.parse("User also speaks Thai").additive()).isTrue();
    assertThat(Statement.parse("Please forget my address").retraction()).isTrue();
  }

  @Test
  void recordsTheSlotOfEachWord() {
    assertThat(Statement.parse("User works as a nurse").prepositions())
        .containsEntry("nurse", "role");
    assertThat(Statement.parse("User works at a clinic").prepositions())
        .containsEntry("clinic", "place");
  }

  @Test
  void comparesWhatDiffers() {
    Difference d =
        Difference.of(
            Statement.parse("User lives in Lisbon"), Statement.parse("User moved to Porto"));
    assertThat(d.shared()).containsExactly("live");
    assertThat(d.onlyExisting()).containsExactly("lisbon");
    assertThat(d.onlyIncoming()).containsExactly("porto");
    assertThat(d.changeWords()).containsExactly("moved");
    assertThat(d.substitution()).isEqualTo("'lisbon' replaced by 'porto'");
  }
}
