package dev.engram.memory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {
  private static List<String> keys(String text) {
    return Entities.of(text).stream().map(Entity::key).toList();
  }

  private static EntityKind kind(String text, String key) {
    return Entities.of(text).stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .map(Entity::kind)
        .orElse(null);
  }

  @Test
  void findsPeopleNamedMidSentenceAndTheSpeaker() {
    String text = "Caroline: Thanks, Melanie! I met Jon Snow at the park.";

    assertThat(keys(text)).containsExactly("caroline", "melanie", "jon snow");
    assertThat(kind(text, "jon snow")).isEqualTo(EntityKind.PERSON);
  }

  @Test
  void theSubjectIsTheSpeakerLabelOrTheNameThatOpensTheStatement() {
    assertThat(Entities.subject("Caroline: I went to a support group")).contains("caroline");
    assertThat(Entities.subject("Jon Snow's sister moved to Lisbon")).contains("jon snow");
    assertThat(Entities.subject("  Melanie painted a horse last week")).contains("melanie");
  }

  @Test
  void aStatementThatOpensWithAnythingButAPersonsNameHasNoSubject() {
    assertThat(Entities.subject("User likes green tea")).isEmpty();
    assertThat(Entities.subject("Yesterday Caroline went hiking")).isEmpty();
    assertThat(Entities.subject("Painting helps Melanie relax")).isEmpty();
    assertThat(Entities.subject("Lisbon is sunny in May")).isEmpty();
    assertThat(Entities.subject("I met Caroline at the park")).isEmpty();
    assertThat(Entities.subject("")).isEmpty();
  }

  @Test
  void peopleAreThePersonsATextNamesWithoutItsPlacesAndDates() {
    assertThat(Entities.people("Did Melanie visit Lisbon with Jon Snow in May 2023?"))
        .containsExactlyInAnyOrder("melanie", "jon snow");
  }

  @Test
  void skipsOrdinaryWordsThatOpenASentence() {
    assertThat(keys("Caroline: Researching adoption agencies. Yesterday was fun. It rained."))
        .containsExactly("caroline");
  }

  @Test
  void takesPlacesFromTheGazetteersAndFromCues() {
    String text = "She moved from Sweden to Lisbon, then lived in Springfield and New York.";

    assertThat(kind(text, "sweden")).isEqualTo(EntityKind.PLACE);
    assertThat(kind(text, "lisbon")).isEqualTo(EntityKind.PLACE);
    assertThat(kind(text, "springfield")).isEqualTo(EntityKind.PLACE);
    assertThat(kind(text, "new york")).isEqualTo(EntityKind.PLACE);
  }

  @Test
  void takesOrganizationsByTheirLastWordAndProductsByTheirCue() {
    String text = "Alice works at Acme Corp, studied at University of Porto and bought a Tesla.";

    assertThat(kind(text, "acme corp")).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(kind(text, "university of porto")).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(kind(text, "tesla")).isEqualTo(EntityKind.PRODUCT);
  }

  @Test
  void keysDatesByIsoDayMonthOrYear() {
    String text =
        "We met on May 3, 2023, again on 21 June 2022, in July 2024, on 2021-02-28, in 2019.";

    assertThat(keys(text)).contains("2023-05-03", "2022-06-21", "2024-07", "2021-02-28", "2019");
    assertThat(kind(text, "2023-05-03")).isEqualTo(EntityKind.DATE);
    assertThat(keys("It was on February 31, 2023.")).doesNotContain("2023-02-31");
  }

  @Test
  void oneKeyPerEntityWhateverTheCaseOrPossessive() {
    assertThat(keys("Melanie's kids love Melanie. MELANIE too.")).containsExactly("melanie");
  }

  @Test
  void givesNothingForTextWithoutNames() {
    assertThat(Entities.of("i like pizza and long walks")).isEmpty();
    assertThat(Entities.of(" ")).isEmpty();
  }
}
